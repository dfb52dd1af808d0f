"""Arabic texts of the caveats area: the executive summary and what a report must not leave out."""

TEXTS: dict[str, str] = {
    "caveats.recommended": "الخيار الموصى به:",
    "caveats.recommended_text": "يأتي {option} في المرتبة الأولى بطريقة {method} وفق ملف الترجيح «{profile}».",
    "caveats.how_robust": "مدى المتانة:",
    "caveats.what_changes": "ما الذي يغيّر النتيجة:",
    "caveats.other_methods": "الطرق الأخرى:",
    "caveats.other_first": "تضع {method} الخيار {option} أولًا",
    "caveats.others_differ": "{methods}.",
    "caveats.others_agree": "تتفق معها جميع الطرق الأخرى.",
    "caveats.scales": "المقاييس: الاحتمالية والأثر مقياسان ترتيبيان من 1 إلى 5؛ وحاصل ضربهما والمجموع المرجّح "
                      "لحواصل الضرب عُرفان للترتيب، لا قياسان لكمية.",
    "caveats.fixed_impact": "ما هو ثابت: الأثر تحت كل عامل واحد لجميع الخيارات، فكل الفروق بين الخيارات مصدرها "
                            "الاحتماليات.",
    "caveats.robustness_ranges": "المتانة: يغيّر التحليل الأوزان الكلية والدرجات ضمن مداها بين الحدين الأدنى "
                                 "والأعلى (سُحبت العيّنات {sampling}، عددها {samples:,}، البذرة {seed}). ونسبة المرات التي "
                                 "يحلّ فيها خيار أولًا ليست احتمال أن يكون هو الصواب.",
    "caveats.robustness_weights": "المتانة: يغيّر التحليل الأوزان الكلية وحدها؛ فالدرجات بلا مدى وتبقى ثابتة "
                                  "(سُحبت العيّنات {sampling}، عددها {samples:,}، البذرة {seed}). ونسبة المرات التي يحلّ "
                                  "فيها خيار أولًا ليست احتمال أن يكون هو الصواب.",
}
