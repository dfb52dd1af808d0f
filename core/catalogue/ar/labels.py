"""Arabic texts of the labels area (see :mod:`core.catalogue`)."""

TEXTS: dict[str, str] = {
    "labels.status.open": "مفتوح",
    "labels.status.monitoring": "قيد المراقبة",
    "labels.status.closed": "مغلق",
    "labels.treatment.treat": "معالجة",
    "labels.treatment.tolerate": "تقبّل",
    "labels.treatment.transfer": "نقل",
    "labels.treatment.terminate": "إنهاء",
    "labels.control_status.in_place": "مطبَّق",
    "labels.control_status.planned": "مخطَّط",
    "labels.band.0": "منخفض",
    "labels.band.1": "متوسط",
    "labels.band.2": "مرتفع",
    "labels.band.3": "حرج",
    # The one profile of a model read from a spreadsheet (core.storage.spreadsheet).
    "labels.profile_equal": "أوزان متساوية",
    "labels.profile_spreadsheet": "أوزان الجدول",
    "labels.weighting.direct": "مباشر: كل وزن قيمته الخام مقسومةً على المجموع ({total:g}).",
    "labels.weighting.points": "النقاط: وُزّعت {total:g} نقطة؛ w_i = points_i / {total:g}.",
    "labels.weighting.roc": "مركز ثقل الترتيب (Barron & Barrett 1996): w_i = (1/n) Σ_{{k=i..n}} 1/k للمعيار في "
                            "المرتبة i؛ والمعايير المتعادلة تتقاسم متوسط أوزان مراتبها.",
    "labels.weighting.rank_sum": "مجموع المراتب: w_i = 2(n + 1 - i) / (n(n + 1)) للمعيار في المرتبة i؛ "
                                 "والمعايير المتعادلة تتقاسم متوسط أوزان مراتبها.",
    "labels.weighting.swing": "التأرجح: يُقدَّر تأرجح كل معيار من أسوأ مستوياته إلى أفضلها من 0 إلى 100 قياسًا "
                              "إلى أهم تأرجح (100)؛ w_i = rating_i / Σ ratings.",
    "labels.consensus.mean": "المتوسط الحسابي للأوزان الكلية؛ حصص المحللين (بعد إعادة تطبيعها لتجمع 1): {members}.",
    "labels.consensus.aij": "الوسط الهندسي المرجّح لأحكام المقارنة الزوجية (AIJ)؛ المجموعات المحكومة: {sets}، "
                            "وبقية المجموعات من نسب الأوزان المحلية؛ حصص المحللين (بعد إعادة تطبيعها لتجمع 1): "
                            "{members}.",
}
