"""Arabic texts of the workbook area (see :mod:`core.catalogue`).

The sheets read right to left. A formula or a Latin-letter expression inside
Arabic prose (``r = x/‖x‖``, ``D−/(D+ + D−)``) sits in a left-to-right
isolate (:func:`_ltr`), so the bidirectional algorithm keeps its signs and
brackets in order; ranges are written "من 1 إلى 5", since a dash between two
numbers reads reversed in a right-to-left line. The ``code_*`` words are the
values the Arabic workbook's cells hold and its formulas compare with: no
diacritics, so a value typed by hand matches.
"""

from core.catalogue.ar import ltr as _ltr


TEXTS: dict[str, str] = {
    # ---- sheet names ---------------------------------------------------------------------------
    "workbook.sheet_summary": "الخلاصة",
    "workbook.sheet_matrix": "مصفوفة المخاطر",
    "workbook.sheet_decision": "مصفوفة القرار",
    "workbook.sheet_heat": "الخريطة الحرارية",
    "workbook.sheet_weights": "الأوزان",
    "workbook.sheet_methods": "الطرائق",
    "workbook.sheet_profiles": "ملفات الترجيح",
    "workbook.sheet_robustness": "المتانة",
    "workbook.sheet_evidence": "الأدلة",
    "workbook.sheet_dashboard": "لوحة المتابعة",
    "workbook.sheet_register": "سجل المخاطر",
    "workbook.sheet_controls": "الضوابط",
    "workbook.sheet_scales": "المقاييس الوصفية",
    "workbook.sheet_counts": "أعداد الخريطة الحرارية",
    "workbook.book_untitled": "مصنف القرار",
    # LibreOffice lays a footer out left to right whatever its marks, and mixes words with its page fields out of
    # order: the page numbers alone, then the sheet name, read the same from either side.
    "workbook.footer": "&P / &N — &A",
    # ---- coded values, as cells show them -----------------------------------------------------
    "workbook.code_inherent": "كامنة",
    "workbook.code_residual": "متبقية",
    "workbook.code_yes": "نعم",
    "workbook.code_no": "لا",
    "workbook.code_overdue": "متأخرة",
    "workbook.code_benefit": "منفعة",
    "workbook.code_cost": "تكلفة",
    "workbook.code_raw": "خام",
    "workbook.code_bounds": "حدود",
    "workbook.code_ok": "سليم",
    "workbook.code_open": "مفتوح",
    "workbook.code_monitoring": "قيد المراقبة",
    "workbook.code_closed": "مغلق",
    "workbook.code_in_place": "مطبق",
    "workbook.code_planned": "مخطط",
    "workbook.code_treat": "معالجة",
    "workbook.code_tolerate": "تقبل",
    "workbook.code_transfer": "نقل",
    "workbook.code_terminate": "إنهاء",
    "workbook.code_usual": "اعتيادية",
    "workbook.code_ushape": "شكل U",
    "workbook.code_vshape": "شكل V",
    "workbook.code_level": "مستويات",
    "workbook.code_linear": "خطية",
    "workbook.code_gaussian": "غاوسية",
    "workbook.risk_inherent": "المخاطر الكامنة",
    "workbook.risk_residual": "المخاطر المتبقية",
    # ---- column headings -----------------------------------------------------------------------
    "workbook.col_rank": "المرتبة",
    "workbook.col_option": "الخيار",
    "workbook.col_name": "الاسم",
    "workbook.col_score_live": "الدرجة (حية)",
    "workbook.col_profile": "ملف الترجيح",
    "workbook.col_notes": "ملاحظات",
    "workbook.col_profile_score": "{name}: الدرجة",
    "workbook.col_profile_rank": "المرتبة",
    "workbook.col_factor": "العامل",
    "workbook.col_factor_name": "اسم العامل",
    "workbook.col_likelihood": "الاحتمالية",
    "workbook.col_impact": "الأثر",
    "workbook.col_risk": "الخطر",
    "workbook.col_band": "النطاق",
    "workbook.col_value": "القيمة",
    "workbook.col_rationale": "المسوّغ",
    "workbook.col_source": "المصدر",
    "workbook.col_description_notes": "الوصف والملاحظات",
    "workbook.col_paper_sections": "أقسام الورقة",
    # ---- Summary -------------------------------------------------------------------------------
    "workbook.summary_untitled": "خلاصة القرار",
    "workbook.fact_date": "التاريخ",
    "workbook.fact_model": "النموذج",
    "workbook.fact_source": "المصدر",
    "workbook.fact_profile": "ملف الترجيح",
    "workbook.fact_method": "الطريقة",
    "workbook.fact_basis": "الأساس",
    "workbook.fact_answer": "الجواب",
    "workbook.fact_edit": "ما يمكن تعديله",
    "workbook.basis_residual": "المخاطر المتبقية (يُضبط الأساس في ورقة الضوابط).",
    "workbook.basis_inherent": "المخاطر الكامنة كما قُدّرت، من دون احتساب الضوابط (يُضبط الأساس في ورقة الضوابط).",
    "workbook.answer": "{option} يأتي في المرتبة الأولى وفق {method}، بملف الترجيح {profile}{on}.",
    "workbook.answer_on": "، على أساس {basis}",
    "workbook.answer_failed": "{method}: {reason}",
    "workbook.edit_risks": "الاحتماليات والآثار (الخلايا الزرقاء في ورقة مصفوفة المخاطر)، وحدود النطاقات (مصفوفة "
                           "المخاطر)، وأساس الترتيب والضوابط وتأثيراتها (الضوابط)، وحقول السجل (سجل المخاطر)، "
                           "والأوزان الخام (ورقة الأوزان)، ودوال PROMETHEE ومعامل v في VIKOR (الطرائق): كل رقم في "
                           "هذا المصنف يُعاد حسابه، ما عدا ورقة المتانة (لقطة مؤرخة).",
    "workbook.edit_values": "القيم (الخلايا الزرقاء في ورقة مصفوفة القرار)، والأوزان الخام (ورقة الأوزان)، ودوال "
                            "PROMETHEE ومعامل v في VIKOR (الطرائق): كل رقم في هذا المصنف يُعاد حسابه، ما عدا ورقة "
                            "المتانة (لقطة مؤرخة).",
    "workbook.ties": "{better}. الخيارات المتعادلة تتقاسم المرتبة، ويسردها الجدول بحسب معرّف الخيار.",
    "workbook.agree_main": "الاتفاق: {option} يأتي في المرتبة الأولى وفق {method}",
    "workbook.agree_all": " ووفق كل طريقة أخرى.",
    "workbook.agree_other": "؛ وتضع {method} الخيار {option} أولًا",
    "workbook.agree_end": ".",
    "workbook.chart_scores": "الدرجات وفق {method}",
    "workbook.chart_axis_higher": "الدرجة (الأعلى أفضل)",
    "workbook.chart_axis_lower": "الدرجة (الأدنى أفضل)",
    "workbook.methodology": "المنهجية",
    # ---- Profiles and Evidence -----------------------------------------------------------------
    "workbook.profiles_title": "ملفات الترجيح جنبًا إلى جنب",
    "workbook.profiles_note_risks": "الأوزان الكلية لكل ملف ترجيح؛ وتُعاد درجاته ومراتبه بالمجموع المرجّح من "
                                    "المصفوفة الحالية (على الأساس المضبوط في ورقة الضوابط). أوزان ملف الترجيح "
                                    "المعتمد في التقرير تُقرأ من ورقة الأوزان.",
    "workbook.profiles_note": "الأوزان الكلية لكل ملف ترجيح؛ وتُعاد درجاته ومراتبه بالمجموع المرجّح من المصفوفة "
                              "الحالية. أوزان ملف الترجيح المعتمد في التقرير تُقرأ من ورقة الأوزان.",
    "workbook.profile_live": "{name} (حي: ورقة الأوزان)",
    "workbook.not_computed_weights": "لم تُحسب: الأوزان الخام تحتاج إلى مراجعة (انظر ورقة الأوزان)",
    "workbook.not_computed_outside": "لم تُحسب: إحدى القيم خارج مقياسها",
    "workbook.evidence_title": "الأدلة",
    "workbook.evidence_inherent": "الاحتمالية والأثر والخطر والنطاق هنا هي الكامنة كما قُدّرت (المتبقية في ورقة "
                                  "سجل المخاطر).",
    "workbook.evidence_source": "المصدر: {source}",
    # ---- the workbook's own methodology paragraphs ---------------------------------------------
    "workbook.text_inputs": "تنظيم المصنف: المدخلات هي الخلايا الزرقاء — {matrix}، والأوزان الخام (الأوزان)، "
                            "واتجاهات المعايير ودوال PROMETHEE وعتباتها ومعامل v في VIKOR (الطرائق). كل ما عدا "
                            "ذلك صيغ؛ وورقة المتانة وحدها لقطة ثابتة، تاريخها في عنوانها.",
    "workbook.text_inputs_risks": "الاحتماليات والآثار وحدود النطاقات (مصفوفة المخاطر)",
    "workbook.text_inputs_values": "القيم المباشرة (مصفوفة القرار)",
    "workbook.text_layout": "ورقة الطرائق: سطر لكل إعداد من إعدادات المعايير (الوزن المستعمل، المقياس، أعلى قيمة "
                            "في العمود وأدناها، الإشارة، المعيار الإقليدي، القيم المثلى)؛ ثم جدول النتائج (درجة كل "
                            "خيار ومرتبته ومفتاح فرزه وفق كل طريقة؛ تعدّ المرتبة الخيارات الأفضل بأكثر من "
                            + _ltr("1e-10") + " من مدى الدرجات، فيتقاسم المتعادلون المرتبة، ويفصل مفتاح الفرز "
                            "بينهم بمعرّف الخيار)؛ ثم كتلة خيارات × معايير لكل خطوة. WSM: المنافع u (المخاطر "
                            "الخام حين تكون المعايير كلها تكاليف على مقياس واحد، وإلا فإعادة قياس على مقياس كل "
                            "معيار المعلن) ثم " + _ltr("Σ w·u") + ". WPM: " + _ltr("±ln x") + " ثم "
                            + _ltr("exp Σ w·(±ln x)") + ". TOPSIS: " + _ltr("r = x/‖x‖") + " و"
                            + _ltr("v = w·r") + "، والمسافتان " + _ltr("D+") + " و" + _ltr("D−") + " إلى صفي "
                            "المثالي والمضاد للمثالي، والتقارب " + _ltr("D−/(D+ + D−)") + ". VIKOR: الفجوات d، "
                            "والفجوات المرجّحة " + _ltr("w·d") + "، و" + _ltr("S = Σ w·d") + " و"
                            + _ltr("R = max w·d") + "، وQ مع v في خلية. PROMETHEE II: التدفق الموجب والسالب لكل "
                            "خيار على كل معيار صيغة SUMPRODUCT واحدة لدالة تفضيل المعيار على الفروق في عموده، "
                            "مقسومة على " + _ltr("n − 1") + "؛ والتدفق الصافي " + _ltr("Σ w·(φ+ − φ−)")
                            + ". تكبر الورقة بقدر الخيارات × المعايير، لا بقدر مربع الخيارات × المعايير.",
    "workbook.text_scores_risks": "الدرجات: الخطر = الاحتمالية (من 1 إلى 5) × الأثر (من 1 إلى 5)، أي من 1 إلى 25، "
                                  "والأدنى أفضل؛ والمجموع المرجّح لهذه الحواصل اصطلاح على مقياسين ترتيبيين، لا "
                                  "قياس. النطاقات: انظر مفتاحها في ورقة مصفوفة المخاطر (حدودها خلايا إدخال).",
    "workbook.text_scores_values": "الدرجات: قيم مباشرة على مقياس كل معيار؛ ويعيد المجموع المرجّح قياس كل منها إلى "
                                   "ما بين 0 و1 على ذلك المقياس (مع عكس معايير التكلفة)، كما تبيّن ورقة الطرائق.",
    "workbook.text_robustness": "المتانة: تشغيل SMAA يغيّر الأوزان وحدها (بانتظام على المُبسَّط) ما لم تحمل الدرجات "
                                "مدى أدنى وأعلى؛ ونِسَبه ليست احتماليات أن يكون خيار ما هو الصائب.",
    "workbook.text_one_option": "الثابت: لا يوجد إلا خيار واحد، فهو الأول بحكم التعريف.",
    "workbook.text_fixed": "الثابت: الأثر تحت كل عامل هو نفسه لكل الخيارات، فالفروق بين الخيارات تأتي من "
                           "الاحتماليات وحدها.",
    "workbook.text_varies": "المتغيّر: الآثار تختلف بين الخيارات تحت بعض العوامل، كما تختلف الاحتماليات.",
    # ---- Weights and the matrix ----------------------------------------------------------------
    "workbook.weights_title": "الأوزان",
    "workbook.weights_note": "الأوزان المحلية الخام (الزرقاء) قابلة للتعديل؛ وتتبعها الأوزان المحلية والكلية وكل "
                             "الدرجات. ويحفظ العمود G الأوزان كما صُدّرت.",
    "workbook.col_id": "المعرّف",
    "workbook.col_criterion": "المعيار",
    "workbook.col_parent": "الأصل",
    "workbook.col_raw_weight": "الوزن الخام",
    "workbook.col_local_weight": "الوزن المحلي",
    "workbook.col_global_weight": "الوزن الكلي",
    "workbook.col_as_exported": "كما صُدّر",
    "workbook.col_check": "التحقق",
    "workbook.weights_zero_group": "⚠ مجموع الأوزان الخام في المجموعة {group} صفر: لا يمكن حساب أي درجة",
    "workbook.weights_zero_top": "⚠ مجموع الأوزان الخام في المستوى الأعلى صفر: لا يمكن حساب أي درجة",
    "workbook.weights_negative_group": "⚠ وزن سالب في المجموعة {group}",
    "workbook.weights_negative_top": "⚠ وزن سالب في المستوى الأعلى",
    "workbook.weights_profile": "«{name}»",
    "workbook.weights_profile_edited": "«{name}»، معدَّل في هذا المصنف",
    "workbook.weights_check": "⚠ راجع الأوزان الخام: انظر العمود H",
    "workbook.check_raw_weight": "الوزن الخام",
    "workbook.check_raw_weight_error": "الوزن الخام عدد أكبر من الصفر أو يساويه.",
    "workbook.matrix_note_risks": "الخطر = الاحتمالية × الأثر. عدّل احتمالية أو أثرًا (الأزرق)، أو وزنًا في ورقة "
                                  "الأوزان، أو حدّ نطاق أدناه: تُعاد حسابات كل الأوراق.",
    "workbook.matrix_note_values": "القيم المباشرة (الزرقاء) قابلة للتعديل، وكذلك الأوزان في ورقة الأوزان: تُعاد "
                                   "حسابات كل الأوراق.",
    "workbook.matrix_index_on": "المؤشر والمرتبة: {basis} (ورقة الضوابط)",
    "workbook.check_value_error": "القيمة عدد.",
    "workbook.col_risk_index": "مؤشر المخاطر المرجّح",
    "workbook.col_wsm_score": "درجة WSM",
    "workbook.col_wsm_rank": "مرتبة WSM",
    "workbook.bands_caption": "النطاقات (عدّل تسمية أو حدًّا أعلى: تتبعه الألوان وأعمدة النطاق والخريطة الحرارية)",
    "workbook.col_risk_above": "الخطر أكبر من",
    "workbook.col_up_to": "حتى",
    "workbook.check_band_limit": "حدّ النطاق",
    "workbook.check_band_limit_error": "حدّ النطاق عدد أكبر من الصفر أو يساويه.",
    "workbook.check_levels": "الاحتمالية والأثر",
    "workbook.check_levels_error": "اختر عددًا صحيحًا من 1 إلى 5.",
    # ---- Heat map -------------------------------------------------------------------------------
    "workbook.heat_title": "شبكات الاحتمالية × الأثر",
    "workbook.heat_note": "الصفوف: الاحتمالية من 5 (في الأعلى) إلى 1؛ الأعمدة: الأثر من 1 إلى 5. كل خلية تعدّ "
                          "العوامل التي تضعها احتماليتها وأثرها في ورقة مصفوفة المخاطر فيها وتسمّيها (المخاطر "
                          "الكامنة كما قُدّرت؛ وورقة أعداد الخريطة الحرارية تضع الكامنة بجانب المتبقية).",
    "workbook.heat_impact_axis": "الأثر ←",
    # ---- Methods --------------------------------------------------------------------------------
    "workbook.methods_title": "كل الطرائق صيغًا حية",
    "workbook.methods_note": "المدخلات هي ورقتا {matrix} والأوزان والخلايا الزرقاء هنا (الاتجاه، ودوال PROMETHEE "
                             "وعتباتها، ومعامل v في VIKOR)؛ وكل رقم آخر يُعاد حسابه.",
    "workbook.methods_absent": "يعيد هذا المصنّف حساب {live} بصيغ حية؛ ويُغفل {absent} إذ لا صيغ لها فيه: انظرها "
                               "في التقرير أو في تصدير الجدول.",
    "workbook.row_direction": "الاتجاه (منفعة / تكلفة)",
    "workbook.row_global": "الوزن الكلي (ورقة الأوزان)",
    "workbook.row_w": "الوزن المستعمل w (÷ المجموع)",
    "workbook.row_low": "أدنى المقياس",
    "workbook.row_high": "أعلى المقياس",
    "workbook.row_max": "أعلى قيمة في العمود",
    "workbook.row_min": "أدنى قيمة في العمود",
    "workbook.row_sign": "الإشارة (" + _ltr("+1") + " منفعة، " + _ltr("−1") + " تكلفة)",
    "workbook.row_pkind": "دالة PROMETHEE",
    "workbook.row_q": "عتبة PROMETHEE q (عدم التفضيل)",
    "workbook.row_p": "عتبة PROMETHEE p (التفضيل)",
    "workbook.row_s": "معامل PROMETHEE s (الغاوسية)",
    "workbook.row_pcheck": "التحقق من عتبات PROMETHEE",
    "workbook.row_norm": "معيار العمود في TOPSIS " + _ltr("‖x‖"),
    "workbook.row_ideal": "المثالي في TOPSIS " + _ltr("v+"),
    "workbook.row_anti": "المضاد للمثالي في TOPSIS " + _ltr("v−"),
    "workbook.row_best": "الأفضل في VIKOR " + _ltr("f*"),
    "workbook.row_worst": "الأسوأ في VIKOR " + _ltr("f−"),
    "workbook.check_unknown_function": "دالة غير معروفة",
    "workbook.check_thresholds": "العتبات يجب ألا تقل عن 0",
    "workbook.check_p_q": "يجب أن تزيد p على q",
    "workbook.check_s": "يجب أن تكون s موجبة",
    "workbook.check_direction": "الاتجاه",
    "workbook.check_direction_error": "اختر {benefit} أو {cost}.",
    "workbook.check_function": "دالة التفضيل",
    "workbook.check_function_error": "اختر إحدى الدوال المدرجة.",
    "workbook.check_threshold": "العتبة",
    "workbook.check_threshold_error": "العتبة عدد أكبر من الصفر أو يساويه.",
    "workbook.check_v": "معامل v في VIKOR",
    "workbook.check_v_error": "v عدد من 0 إلى 1.",
    "workbook.setting_mode": "تطبيع WSM",
    "workbook.setting_v": "معامل v في VIKOR (وزن S)",
    "workbook.setting_scale": "مدى التعادل في WSM",
    "workbook.col_tie_order": "ترتيب التعادل (المعرّف)",
    "workbook.col_method_score": "درجة {method}",
    "workbook.col_method_rank": "مرتبة {method}",
    "workbook.col_sort_key": "مفتاح الفرز",
    "workbook.ranks_first": "الأول (عند التعادل: أصغر معرّف)",
    "workbook.better": "الأفضل",
    "workbook.better_lower": "الأدنى أفضل",
    "workbook.better_higher": "الأعلى أفضل",
    "workbook.block_x_risks": "مصفوفة القرار x (تُقرأ من ورقة {matrix}، أو من الدرجات المتبقية في سجل المخاطر حين "
                              "يكون الأساس في ورقة الضوابط «متبقية»)",
    "workbook.block_x": "مصفوفة القرار x (تُقرأ من ورقة {matrix})",
    # Arabic words never sit inside a left-to-right formula run: they would read in the wrong order there.
    "workbook.block_u": "WSM: المنافع u — القيم الخام، أو الفرق بين x وأدنى المقياس مقسومًا على مدى المقياس، على "
                        "مقياس كل معيار (وللتكلفة: الفرق بين أعلى المقياس وx)",
    "workbook.block_logs": "WPM: " + _ltr("±ln x") + " (سالبة لمعايير التكلفة)؛ الدرجة = "
                           + _ltr("exp Σ w·(±ln x)"),
    "workbook.block_r": "TOPSIS: المطبَّع " + _ltr("r = x / ‖x‖"),
    "workbook.block_v": "TOPSIS: المرجّح " + _ltr("v = w·r") + "؛ والمسافتان إلى صفي المثالي والمضاد للمثالي أعلاه",
    "workbook.block_d": "VIKOR: الفجوات d = " + _ltr("|f* − x|") + " مقسومة على مدى العمود (أعلى قيمة فيه ناقص "
                        "أدناها)، وهي 0 حين يكون العمود ثابتًا",
    "workbook.block_wd": "VIKOR: الفجوات المرجّحة " + _ltr("w·d") + "؛ " + _ltr("S = Σ w·d") + "، "
                         + _ltr("R = max w·d") + "، وQ مع v (الإعدادات أعلاه)",
    "workbook.block_plus": "PROMETHEE II: " + _ltr("φ+") + " لكل معيار = " + _ltr("Σ_b P(s·(x_a − x_b)) / (n − 1)")
                           + " حيث s إشارة المعيار، صيغة SUMPRODUCT واحدة على عمود المعيار",
    "workbook.block_minus": "PROMETHEE II: " + _ltr("φ−") + " لكل معيار = " + _ltr("Σ_b P(s·(x_b − x_a)) / (n − 1)")
                            + " حيث s إشارة المعيار",
    "workbook.block_net": "PROMETHEE II: التدفق الصافي لكل معيار " + _ltr("φ+ − φ−") + "؛ الدرجة "
                          + _ltr("φ = Σ w·(φ+ − φ−)"),
    "workbook.col_wsm_step": "درجة WSM " + _ltr("Σ w·u"),
    "workbook.col_wpm_sum": _ltr("Σ w·(±ln x)") + " المجموع",
    "workbook.col_wpm_score": "درجة WPM",
    "workbook.col_d_plus": _ltr("D+") + " (إلى المثالي)",
    "workbook.col_d_minus": _ltr("D−") + " (إلى المضاد للمثالي)",
    "workbook.col_closeness": "التقارب في TOPSIS " + _ltr("D−/(D+ + D−)"),
    "workbook.col_vikor_s": "S (المنفعة الجماعية)",
    "workbook.col_vikor_r": "R (الندم)",
    "workbook.col_vikor_q": "Q في VIKOR",
    "workbook.col_phi_plus": "التدفق الموجب " + _ltr("φ+ = Σ w·φ+"),
    "workbook.col_phi_minus": "التدفق السالب " + _ltr("φ− = Σ w·φ−"),
    "workbook.col_phi_net": "φ في PROMETHEE II",
    "workbook.outside": "خارج المقياس",
    "workbook.needs_positive": "تحتاج إلى " + _ltr("x > 0"),
    "workbook.not_computed_criterion_scale": "لم تُحسب: إحدى القيم خارج مقياس معيارها",
    "workbook.not_computed_positive": "لم تُحسب: الجداء المرجّح يحتاج إلى قيم موجبة",
    "workbook.not_computed_preference": "لم تُحسب: إحدى دوال التفضيل أو عتباتها غير صالحة (انظر صف التحقق)",
    # ---- Robustness -----------------------------------------------------------------------------
    # A date after Arabic letters reads reversed (its digits turn Arabic, its hyphens neutral): it is isolated.
    "workbook.robustness_title": "المتانة{on} — محسوبة في " + _ltr("{date}") + "، بعدد عينات {samples} {sampled}، "
                                 "والبذرة {seed}: لا تتبع التعديلات",
    "workbook.robustness_on": " على أساس {risk}",
    "workbook.robustness_note": "لقطة حسبها ميزان: مقبولية المرتبة وفق SMAA-2 (لاهدلما وسالمينن، 2001)، وعتبات "
                                "الأوزان كلٌّ على حدة، ومخطط الإعصار لتقدّم الخيار الأول.",
    "workbook.col_rank_n": "المرتبة {rank}",
    "workbook.col_confidence": "الثقة",
    "workbook.thresholds_caption": "عتبات الأوزان (مجال ثبات كل وزن كلي، الأقرب أولًا)",
    "workbook.col_weight": "الوزن",
    "workbook.col_lower": "الحد الأدنى",
    "workbook.col_upper": "الحد الأعلى",
    "workbook.col_first_below": "الأول تحته",
    "workbook.col_first_above": "الأول فوقه",
    "workbook.col_found_by": "طريقة الإيجاد",
    "workbook.tornado_caption": "مخطط الإعصار: تقدّم الخيار الأول على التالي عند طرفي كل مدى",
    "workbook.col_what_moves": "ما يتغيّر",
    "workbook.col_range": "المدى",
    "workbook.col_lead_low": "التقدّم عند الطرف الأدنى",
    "workbook.col_lead_high": "التقدّم عند الطرف الأعلى",
    "workbook.chart_data": "بيانات المخطط: أفضل الخيارات بمتوسط المرتبة ({shown} من {total})",
    "workbook.chart_acceptability": "مقبولية المرتبة",
    # ---- Controls and the Risk register ---------------------------------------------------------
    "workbook.controls_title": "الضوابط",
    "workbook.controls_note": "عدّل حالة ضابط أو مستويات تأثير (الأزرق)، أو أضف ضوابط وتأثيرات في الصفوف الفارغة: "
                              "تتبعها كل المخاطر المتبقية والنطاقات والأعداد والمؤشرات والمراتب.",
    "workbook.setting_basis": "أساس الترتيب",
    "workbook.setting_basis_note": "أي المخاطر ترتّبها كل طريقة ومرتبة والخلاصة: الكامنة (كما قُدّرت) أو المتبقية "
                                   "(بعد الضوابط المحتسبة).",
    "workbook.setting_planned": "احتساب الضوابط المخطط لها",
    "workbook.setting_planned_note": "الضوابط المطبقة تُحتسب دائمًا؛ أما المخطط لها فلا تُحتسب إلا حين تقول هذه "
                                     "الخلية «{yes}».",
    "workbook.check_choice": "اختر واحدًا مما يلي: {values}.",
    "workbook.check_control_status": "حالة الضابط",
    "workbook.check_effect": "التأثير",
    "workbook.check_effect_error": "يخفّض التأثير المستوى بمقدار من 0 إلى 4.",
    "workbook.check_date": "التاريخ",
    "workbook.check_date_error": "تاريخ، مثل " + _ltr("2027-03-31") + ".",
    "workbook.effects_caption": "التأثيرات: بكم مستوى (من 0 إلى 4) يخفّض الضابط احتمالية خلية واحدة وأثرها",
    "workbook.unknown_control": "لا: ضابط غير معروف",
    "workbook.not_counted": " (غير محتسب)",
    "workbook.more_effects": "وتأثيرات أخرى عددها {count} (انظر الضوابط)",
    "workbook.effects_count": "عدد التأثيرات {count} (انظر الضوابط)",
    "workbook.register_title": "سجل المخاطر",
    "workbook.register_note": "الاحتمالية والأثر الكامنان يُقرآن من ورقة مصفوفة المخاطر؛ وحقول السجل نفسه (الزرقاء) "
                              "قابلة للتعديل، ويقرؤها استيراد الدرجات مرة أخرى.",
    "workbook.bands_label": "النطاقات:",
    "workbook.col_description": "الوصف",
    "workbook.col_owner": "المسؤول",
    "workbook.col_status": "الحالة",
    "workbook.col_evidence": "الأدلة",
    "workbook.col_counts": "محتسب",
    "workbook.col_control": "الضابط",
    "workbook.col_lower_likelihood": "خفض الاحتمالية",
    "workbook.col_lower_impact": "خفض الأثر",
    "workbook.col_likelihood_counted": "الاحتمالية المحتسبة",
    "workbook.col_impact_counted": "الأثر المحتسب",
    "workbook.col_option_name": "اسم الخيار",
    "workbook.col_risk_name": "اسم الخطر",
    "workbook.col_group": "المجموعة",
    "workbook.col_statement": "بيان الخطر",
    "workbook.col_controls": "الضوابط",
    "workbook.col_inh_l": "ح الكامنة",
    "workbook.col_inh_i": "أ الكامن",
    "workbook.col_inh_score": "الدرجة الكامنة",
    "workbook.col_inh_band": "النطاق الكامن",
    "workbook.col_res_l": "ح المتبقية",
    "workbook.col_res_i": "أ المتبقي",
    "workbook.col_res_score": "الدرجة المتبقية",
    "workbook.col_res_band": "النطاق المتبقي",
    "workbook.col_words": "المتبقي بالكلمات",
    "workbook.col_treatment": "المعالجة",
    "workbook.col_action": "الإجراء",
    "workbook.col_due": "الاستحقاق",
    "workbook.col_review": "المراجعة",
    "workbook.col_overdue": "متأخرة",
    "workbook.col_top_key": "مفتاح الترتيب",
    "workbook.col_overdue_key": "مفتاح التأخر",
    "workbook.col_effects": "التأثيرات",
    # ---- Descriptor scales, heat-map counts, Dashboard ------------------------------------------
    "workbook.scales_title": "المقاييس الوصفية",
    "workbook.scales_note": "ما يعنيه كل مستوى من مستويات الاحتمالية والأثر. عدّل تسمية (الأزرق): يقرأ سجل المخاطر "
                            "وأعداد الخريطة الحرارية ولوحة المتابعة تسمياتها من هنا.",
    "workbook.col_level": "المستوى",
    "workbook.col_meaning": "معناه",
    "workbook.counts_title": "أعداد الخريطة الحرارية: كل المخاطر، الكامنة والمتبقية",
    "workbook.counts_note": "كل خلية تعدّ صفوف سجل المخاطر التي تقع احتماليتها وأثرها فيها؛ والألوان نطاقات حاصل "
                            "الاحتمالية × الأثر (الحدود من مفتاح مصفوفة المخاطر، منسوخة أدناه).",
    "workbook.counts_grid_inherent": "المخاطر الكامنة: الاحتمالية (الصفوف) × الأثر (الأعمدة)",
    "workbook.counts_grid_residual": "المخاطر المتبقية: الاحتمالية (الصفوف) × الأثر (الأعمدة)",
    "workbook.counts_total": "مجموع المخاطر: {count}",
    "workbook.dashboard_title": "لوحة المتابعة",
    "workbook.dashboard_note": "كل رقم هنا يُقرأ من سجل المخاطر، فيتبع الضوابط والدرجات وحدود النطاقات.",
    "workbook.as_of": "في تاريخ",
    "workbook.as_of_note": "المراجعات المؤرخة قبل هذا اليوم وغير المغلقة متأخرة (عدّل التاريخ).",
    "workbook.ranked_on": "الترتيب على أساس",
    "workbook.ranked_on_value": "{basis}؛ الضوابط المخطط لها {planned}",
    "workbook.planned_counted": "محتسبة",
    "workbook.planned_not_counted": "غير محتسبة",
    "workbook.by_band": "المخاطر بحسب النطاق",
    "workbook.col_inherent": "الكامنة",
    "workbook.col_residual": "المتبقية",
    "workbook.all_risks": "كل المخاطر",
    "workbook.by_group": "المخاطر بحسب المجموعة والنطاق، من الكامنة إلى المتبقية",
    "workbook.col_risks": "المخاطر",
    "workbook.band_inherent": "{band}: الكامنة",
    "workbook.band_residual": "{band}: المتبقية",
    "workbook.no_group": "(بلا مجموعة)",
    "workbook.largest": "أكبر المخاطر المتبقية، وعددها {count} (عند التعادل: الأعلى درجةً كامنة، ثم ترتيب السجل)",
    "workbook.overdue_reviews": "المراجعات المتأخرة",
    "workbook.overdue_note": "تاريخ المراجعة قبل التاريخ أعلاه، والحالة غير مغلقة",
    "workbook.overdue_first": "أول المراجعات المتأخرة، وعددها حتى {count}، الأقدم أولًا",
    "workbook.col_number": "الرقم",
    # The notes of a profile made from raw weights edited in a workbook (core.reports.weight_import).
    "workbook.imported_weights": "أوزان خام مقروءة من {file}، مبنية على ملف الترجيح «{profile}»: {changes}.",
    "workbook.imported_weight": "{id} من {old} إلى {new}",
    "workbook.imported_weights_separator": "؛ ",
}
