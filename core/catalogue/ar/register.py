"""Arabic texts of the register area: the risk register, controls, benefits and scales sections.

A date or a signed number after Arabic words sits in a left-to-right isolate (:func:`ltr`).
"""

from core.catalogue.ar import ltr

TEXTS: dict[str, str] = {
    # Sections
    "register.register": "سجل المخاطر",
    "register.controls": "الضوابط",
    "register.benefits": "ما تحققه الضوابط",
    "register.scales": "المقاييس الوصفية",
    # The basis the ranking is on
    "register.basis_inherent": "المخاطر الكامنة (الاحتمالية والأثر كما قُدّرا، قبل أي ضابط).",
    "register.basis_residual": "المخاطر المتبقية (الاحتمالية والأثر بعد الضوابط المحتسبة).",
    "register.basis_label": "الأساس:",
    "register.matrix_residual": "الاحتمالية × الأثر المتبقيان: الخلايا بعد الضوابط المحتسبة.",
    "register.inherent": "الكامنة",
    "register.residual": "المتبقية",
    # The register
    "register.register_intro": "صفّ لكل خطر (خيار × عامل خطر)، الأكبر خطرًا متبقيًا أولًا؛ والدرجات هي "
                               "الاحتمالية × الأثر ونطاقهما.",
    "register.register_overdue": "يُعلَّم الخطر غير المغلق متأخرًا إذا كان تاريخ مراجعته قبل {date} (تاريخ التقرير).",
    "register.register_bounded": "تيسيرًا لقراءة التقرير يُدرج لكل خيار أكبر {shown} من مخاطره المتبقية؛ والسجل "
                                 "كاملًا (المخاطر: {total}) في ورقة «سجل المخاطر» من المصنف.",
    "register.register_more": "لم تُدرج مخاطر أخرى للخيار {option} (عددها {count})، خطرها المتبقي {top:g} أو أقل.",
    "register.register_empty": "لا مدخلات في السجل ولا ضوابط بعد: المخاطر المتبقية تساوي المخاطر الكامنة "
                               "(ومصفوفة المخاطر تعرض كل خلية).",
    "register.register_brackets": "الضابط بين قوسين مخطَّط ولا يُحتسب.",
    "register.col_risk": "الخطر: العامل والبيان",
    "register.col_owner": "المسؤول",
    "register.col_inherent": "الكامنة ح × أ",
    "register.col_residual": "المتبقية ح × أ",
    "register.col_controls": "الضوابط",
    "register.col_treatment": "المعالجة والإجراء والاستحقاق",
    "register.col_status": "الحالة والمراجعة",
    "register.due": "الاستحقاق " + ltr("{date}"),
    "register.levels": "{likelihood} × {impact} = {score:g}",
    "register.number": "{score:g}",
    "register.overdue": "{date} متأخرة",
    "register.not_counted": "({control})",
    "register.treatment_action": "{treatment}: {action}",
    # Controls
    "register.controls_intro": "يخفّض كل ضابط احتمالية (ح) الخلايا التي يعمل عليها و/أو أثرها (أ) بمستويات كاملة.",
    "register.planned_on": "تُحتسب الضوابط المخطَّطة في المخاطر المتبقية (خيار «تضمين الضوابط المخطَّطة» مفعَّل).",
    "register.planned_off": "لا تُحتسب الضوابط المخطَّطة في المخاطر المتبقية (خيار «تضمين الضوابط المخطَّطة» "
                            "غير مفعَّل)؛ لا يُحتسب إلا المطبَّق منها.",
    "register.controls_empty": "لا ضوابط: المخاطر المتبقية تساوي المخاطر الكامنة.",
    "register.col_id": "رمز",
    "register.col_control": "الضابط",
    "register.col_control_status": "الحالة",
    "register.col_evidence": "الأدلة",
    "register.col_acts": "يعمل على",
    "register.effect_l": ltr("−{levels}") + " ح",
    "register.effect_i": ltr("−{levels}") + " أ",
    "register.effect_join": " / ",
    "register.acts_every": "كل الخيارات",
    "register.acts_more": "{options} و{count} غيرها",
    "register.acts_on": "العامل {factor} ({effect}): {options}",
    "register.acts_nowhere": "لا يعمل على شيء بعد",
    # What the controls buy
    "register.benefits_intro": "المخاطر المرجّحة: Σ الوزن الكلي × الاحتمالية × الأثر على عوامل الخطر (من 1 إلى 25 "
                               "نقطة)، ملف الترجيح «{profile}»؛ الكامنة قبل الضوابط، والمتبقية بعد الضوابط المحتسبة.",
    "register.col_option": "الخيار",
    "register.col_weighted_inherent": "الكامنة",
    "register.col_weighted_residual": "المتبقية",
    "register.col_drop": "الانخفاض",
    "register.benefit_controls": "لكل ضابط: كم كانت المخاطر المتبقية المرجّحة ستزيد لولاه.",
    "register.benefit_controls_bounded": "لكل ضابط، في الخيارات ذات الانخفاض الأكبر (عددها {shown}): كم كانت "
                                         "المخاطر المتبقية المرجّحة ستزيد لولاه.",
    "register.benefit_total": "المجموع على الخيارات",
    "register.benefit_joint": "المخفَّض بالاشتراك",
    "register.benefits_none": "لا يُحتسب أي ضابط وفق إعداد هذا السجل: المتبقية تساوي الكامنة لكل خيار.",
    # Descriptor scales
    "register.col_level": "مستوى",
    "register.col_likelihood": "الاحتمالية",
    "register.col_impact": "الأثر",
    "register.col_meaning": "المعنى",
    # The register's vocabulary (stored in English; shown as these words say)
    "register.term.treat": "معالجة",
    "register.term.tolerate": "تقبّل",
    "register.term.transfer": "نقل",
    "register.term.terminate": "إنهاء",
    "register.term.open": "مفتوح",
    "register.term.monitoring": "قيد المراقبة",
    "register.term.closed": "مغلق",
    "register.term.in place": "مطبَّق",
    "register.term.planned": "مخطَّط",
    # The Cox (2008) check of the band colouring
    "register.cox": "فحص تلوين النطاقات:",
    "register.cox_more": "… ونتائج أخرى عددها {count}.",
    # Where residual numbers appear, and why contributions need not add up (core.register.residual, .benefit)
    "register.rule": "الاحتمالية والأثر المتبقيان هما المستويان الكامنان بعد أن يخفّضهما كل ضابط محتسب (الضوابط "
                     "المطبَّقة، والمخطَّطة حين تُضمَّن)، ولا ينزلان دون 1.",
    "register.benefit_note": "إسهام الضابط هو ما كانت المخاطر المتبقية المرجّحة سترتفع به لولاه، مع بقاء سائر "
                             "الضوابط المحتسبة (وللضابط غير المحتسب: ما كان سيخفّضه لو احتُسب). والضوابط التي تعمل "
                             "على الخلية نفسها يعمل بعضها مع بعض: لا ينزل مستوى دون 1، والخطر هو الاحتمالية × الأثر، "
                             "فيخفّض ضابطان معًا أكثر من مجموع إسهاميهما. لذلك لا يساوي مجموع الإسهامات الانخفاضَ من "
                             "الكامنة إلى المتبقية إلا حين لا يلتقي ضابطان على خلية واحدة؛ وإلا كان أقل منه، والباقي "
                             "هو المخفَّض بالاشتراك.",
    "register.cox_one_band": "لا يُظهر تلوين النطاقات على شبكة 5 × 5 إلا نطاقًا واحدًا ({band})، فلا تجد فحوص "
                             "كوكس (2008) ما تقارن بينه.",
    "register.cox_passes": "يجتاز تلوين النطاقات على شبكة 5 × 5 فحصَي الاتساق الضعيف والبينية لكوكس (2008): خلايا "
                           "{top} تحوي مخاطر أكبر من خلايا {bottom}، ويقع بينهما نطاق في كل موضع.",
    "register.cox_fails_weak": "يخفق تلوين النطاقات على شبكة 5 × 5 في فحص الاتساق الضعيف لكوكس (2008): "
                               "{finding}{more}.",
    "register.cox_fails_between": "يخفق تلوين النطاقات على شبكة 5 × 5 في فحص البينية لكوكس (2008): {finding}{more}.",
    "register.cox_fails_both": "يخفق تلوين النطاقات على شبكة 5 × 5 في فحصَي الاتساق الضعيف والبينية لكوكس (2008): "
                               "{finding}{more}.",
    "register.cox_more_one": " (ونتيجة أخرى)",
    "register.cox_more_many": " (ونتائج أخرى عددها {count})",
    # Cox's findings: the cells and bands concerned (core.register.cox)
    "register.cox_band": "النطاق {number}",
    "register.cox_cell": "ح{likelihood} × أ{impact} ({score}، {band})",
    "register.cox_weak": "تضم الخلية {cell} مخاطر تنزل إلى {floor:.2f}، دون الـ {peak:.2f} التي تبلغها {cells}{others}",
    "register.cox_others_one": " وخلية أخرى من نطاق {band}",
    "register.cox_others_many": " وخلايا أخرى من نطاق {band} عددها {count}",
    "register.cox_between": "تجاور الخلية {cell} الخلايا {cells} دون نطاق بينهما",
    "register.cox_corner": " عند زاوية",
}
