"""Arabic texts of the charts area: axis titles, legends and notes drawn on the charts (core.charts)."""

TEXTS: dict[str, str] = {
    # Every chart (core.charts.base)
    "charts.score_lower": "الدرجة (الأدنى أفضل)",
    "charts.score_higher": "الدرجة (الأعلى أفضل)",
    "charts.likelihood": "الاحتمالية",
    "charts.impact": "الأثر",
    "charts.more_options": "… وخيارات أخرى عددها {0} (المراتب من {1} إلى {2}؛ الدرجات من {3:.3g} إلى {4:.3g}): "
                           "انظر الجدول",
    "charts.more_in_map": "أول {0} من {1} خيارًا؛ ومصفوفة الدرجات تضمّها كلها",
    # The strip stands at the cell's start edge: the right one on a mirrored (Arabic) chart.
    "charts.residual_map": "المخاطر المتبقية (بعد الضوابط): الخلية المخفَّضة تعرض القيمة الكامنة يليها سهم ثم "
                           "القيمة المتبقية، وحافتها اليمنى بلون نطاق المخاطر الكامنة",
    "charts.residual_grid": "العوامل في خلاياها المتبقية؛ ويأتي السهم من الخلية الكامنة (المعرّفات بالرمادي)",
    # Profile views (core.charts.profiles)
    "charts.global_weight": "الوزن الكلي",
    "charts.spread": "التشتت (انحراف معياري)",
    "charts.spread_note": "الأوزان الكلية بالنسبة المئوية؛ اللون: فوق متوسط المجموعة (أحمر) أو دونه (أزرق)",
    # Robustness views (core.charts.robustness)
    "charts.weight_of": "الوزن الكلي لـ {0} (%)",
    "charts.current": "الآن {0}",
    "charts.lead": "تقدّم {0} على الخيار التالي (نقاط الدرجة)",
    "charts.loses_first": "يتقدّم خيار آخر إلى المرتبة الأولى",
    "charts.low_end": "المُدخل عند طرفه الأدنى",
    "charts.high_end": "المُدخل عند طرفه الأعلى",
    "charts.weight_bar": "وزن {0} من {1} إلى {2}%",
    "charts.score_bar": "{0} على {1}: من {2} إلى {3}",
    "charts.share": "نسبة الترجيحات المسحوبة (%)",
    "charts.rank": "المرتبة {0}",
    "charts.ranks_from": "المراتب من {0} إلى {1}",
    "charts.more_bars": "أشرطة أصغر لم تُعرض: {0}",
    "charts.other_options": "الخيارات الأخرى ({0})",
    "charts.more_accepted": "… وخيارات أخرى عددها {0} (متوسط المراتب من {1:.3g} إلى {2:.3g}): انظر الجدول",
}
