"""Arabic texts of the methodology area: how the reported numbers were made."""

TEXTS: dict[str, str] = {
    "methodology.method": "الطريقة: {label}. {note}",
    "methodology.weights": "الأوزان: ملف الترجيح «{profile}». تُطبَّع الأوزان المحلية داخل كل مجموعة، ثم تُضرب "
                           "نزولًا في شجرة المعايير لتصير أوزانًا كلية مجموعها 1 (ورقة الأوزان).",
    "methodology.scores": "الدرجات: كل العوامل مخاطر، والخطر = الاحتمالية (من 1 إلى 5) × الأثر (من 1 إلى 5)، "
                          "فيتراوح من 1 إلى 25، والأدنى أفضل. النطاقات: {bands}.",
    "methodology.band_upto": "{name} حتى {upper:g}",
    "methodology.agree_disagree": "الاتفاق: يأتي {option} في المرتبة الأولى بالطريقة المعتمدة في التقرير؛ "
                                  "وتضع {methods} خيارًا آخر أولًا.",
    "methodology.agree_all": "الاتفاق: يأتي {option} في المرتبة الأولى بالطريقة المعتمدة في التقرير وبكل طريقة "
                             "أخرى.",
    "methodology.agree_computed": "الاتفاق: يأتي {option} في المرتبة الأولى بالطريقة المعتمدة في التقرير وبكل "
                                  "طريقة أخرى أمكنها ترتيب النموذج.",
    "methodology.not_computed": "لم تُحسب {method}: {reason}",
    # Each method's normalisation sentence, as its descriptor names it (core.methods.spec.MethodSpec.normalisation)
    "methodology.norm_defined": "التطبيع: كما تحدده الطريقة (انظر وصف الطريقة).",
    "methodology.norm_raw": "التطبيع: لا تطبيع. تشترك العوامل كلها في مقياس الخطر من 1 إلى 25، فالمجموع المرجّح "
                            "هو مؤشر الخطر المرجّح (مجموع الوزن × الخطر)، ويعيد المصنف حسابه بالدالة SUMPRODUCT.",
    "methodology.norm_minmax": "التطبيع: يُعاد قياس كل معيار إلى المدى من 0 إلى 1 على المدى الذي تغطيه خياراته "
                               "(مع عكس معايير الكلفة).",
    "methodology.norm_bounds": "التطبيع: يُعاد قياس كل معيار إلى المدى من 0 إلى 1 على مقياسه المعلَن (مع عكس "
                               "معايير الكلفة).",
    "methodology.norm_vector": "التطبيع: تطبيع متجهي (يُقسَم كل عمود على معياره الإقليدي).",
    "methodology.norm_column_minmax": "التطبيع: يُعاد قياس كل عمود إلى المدى من 0 إلى 1 على المدى الذي تغطيه "
                                      "خياراته (مع عكس معايير الكلفة).",
    "methodology.norm_promethee": "التطبيع: لا تطبيع؛ تمرّ فروق كل معيار عبر دالة التفضيل الخاصة به. وتُحسب "
                                  "التدفقات حسابًا دقيقًا من القيم المرتّبة لكل معيار؛ أما المعيار ذو الدالة "
                                  "الغاوسية فلا صيغة كهذه له، فيُجمع زوجًا زوجًا (ويزداد الوقت بمربع عدد الخيارات).",
}
