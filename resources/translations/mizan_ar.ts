<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AHP</name>
    <message>
        <source>equally important</source>
        <translation>متساويان في الأهمية</translation>
    </message>
    <message>
        <source>moderately more important</source>
        <translation>أهم بدرجة معتدلة</translation>
    </message>
    <message>
        <source>strongly more important</source>
        <translation>أهم بشدة</translation>
    </message>
    <message>
        <source>very strongly more important</source>
        <translation>أهم بشدة بالغة</translation>
    </message>
    <message>
        <source>extremely more important</source>
        <translation>أهم بدرجة قصوى</translation>
    </message>
    <message>
        <source>moderately less important</source>
        <translation>أقل أهمية بدرجة معتدلة</translation>
    </message>
    <message>
        <source>strongly less important</source>
        <translation>أقل أهمية بشدة</translation>
    </message>
    <message>
        <source>very strongly less important</source>
        <translation>أقل أهمية بشدة بالغة</translation>
    </message>
    <message>
        <source>extremely less important</source>
        <translation>أقل أهمية بدرجة قصوى</translation>
    </message>
    <message>
        <source>in between</source>
        <translation>حكم وسيط</translation>
    </message>
    <message>
        <source>{0} compared with {1}: {2}</source>
        <translation>‏{0} مقارنةً بـ {1}: {2}</translation>
    </message>
    <message>
        <source>Most inconsistent judgement: {0} would fit the others better.</source>
        <translation>الحكم الأقل اتساقًا: القيمة {0} تتّسق مع بقية الأحكام على نحو أفضل.</translation>
    </message>
    <message>
        <source>Set by its mirror cell above the diagonal.</source>
        <translation>تحدّدها الخلية المقابلة لها فوق القطر.</translation>
    </message>
    <message>
        <source>Row criterion</source>
        <translation>معيار الصف</translation>
    </message>
    <message>
        <source>Column criterion</source>
        <translation>معيار العمود</translation>
    </message>
</context>
<context>
    <name>AhpDialog</name>
    <message>
        <source>AHP Pairwise Comparison</source>
        <translation>المقارنة الزوجية (AHP)</translation>
    </message>
    <message>
        <source>Each cell compares the row criterion with the column criterion: how much more important is the row criterion? 1 = equally, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely; 1/3 means the column criterion is moderately more important. Edit the cells above the diagonal; the mirror cells follow.</source>
        <translation>تقارن كل خلية معيار الصف بمعيار العمود: كم يفوق معيار الصف معيار العمود أهميةً؟ 1&#xa0;=&#xa0;بالتساوي، 3&#xa0;=&#xa0;بدرجة معتدلة، 5&#xa0;=&#xa0;بشدة، 7&#xa0;=&#xa0;بشدة بالغة، 9&#xa0;=&#xa0;بدرجة قصوى؛ و1/3 تعني أن معيار العمود أهم بدرجة معتدلة. عدّل الخلايا فوق القطر؛ وتتبعها الخلايا المقابلة لها.</translation>
    </message>
    <message>
        <source>Weights: {0}
λmax = {1}, CI = {2}, CR = {3}</source>
        <translation>الأوزان: {0}
λmax = {1}، CI = {2}، CR = {3}</translation>
    </message>
    <message>
        <source>CR {0} is above {1}: the judgements contradict each other; revise them before relying on these weights.</source>
        <translation>نسبة الاتساق CR = {0} تتجاوز {1}: الأحكام يناقض بعضها بعضًا؛ راجعها قبل الاعتماد على هذه الأوزان.</translation>
    </message>
    <message>
        <source>Most inconsistent: {0} compared with {1} is {2}; {3} would fit the other judgements better (highlighted).</source>
        <translation>أقل الأحكام اتساقًا: {0} مقارنةً بـ {1} = {2}؛ والقيمة {3} تتّسق مع بقية الأحكام على نحو أفضل (الخلية مظلَّلة).</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض رسالة المساعدة هذه ثم اخرج</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط الآتية مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيط %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>أُهمل الوسيط الصريح %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُنتظر وسيط واحد</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُنتظر وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُنتظر وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>يُنتظر من الوسائط: %s</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>يُنتظر من الوسائط: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: %(option)s قد يطابق %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>خيار غير متوقع: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة غير صالحة من النوع %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>أمر غير معروف %(parser_name)r (الخيارات: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تعذّر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>Basis</name>
    <message>
        <source>Inherent risk</source>
        <translation>المخاطر الكامنة</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>المخاطر المتبقية</translation>
    </message>
    <message>
        <source>Both side by side</source>
        <translation>كلاهما جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>On inherent risk (before controls).</source>
        <translation>على أساس المخاطر الكامنة (قبل الضوابط).</translation>
    </message>
    <message>
        <source>On inherent and on residual risk, side by side. {0}</source>
        <translation>على أساس المخاطر الكامنة والمخاطر المتبقية، جنبًا إلى جنب. {0}</translation>
    </message>
    <message>
        <source>On residual risk (after controls). {0}</source>
        <translation>على أساس المخاطر المتبقية (بعد الضوابط). {0}</translation>
    </message>
</context>
<context>
    <name>BasisBar</name>
    <message>
        <source>Rank on the risks as scored (inherent), after the controls that count (residual), or show both rankings side by side</source>
        <translation>رتّب على أساس المخاطر كما قُدّرت درجاتها (الكامنة)، أو بعد الضوابط المحتسبة (المتبقية)، أو اعرض الترتيبين جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Include &amp;planned controls</source>
        <translation>تضمين الضوابط &amp;المخطَّطة</translation>
    </message>
    <message>
        <source>Count planned controls, not only those in place, towards residual risk (an edit of the model: it can be undone)</source>
        <translation>احتساب الضوابط المخطَّطة، لا المطبَّقة وحدها، في المخاطر المتبقية (تعديل للنموذج يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>&amp;Basis:</source>
        <translation>&amp;الأساس:</translation>
    </message>
    <message>
        <source>Rank on &amp;Inherent Risk</source>
        <translation>الترتيب على أساس المخاطر &amp;الكامنة</translation>
    </message>
    <message>
        <source>Rank on &amp;Residual Risk</source>
        <translation>الترتيب على أساس المخاطر &amp;المتبقية</translation>
    </message>
    <message>
        <source>Rank on &amp;Both, Side by Side</source>
        <translation>الترتيب على أساس &amp;كليهما، جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>{0} No control counts now, so residual risk equals inherent risk.</source>
        <translation>‏{0} لا يُحتسب أي ضابط الآن، لذا تساوي المخاطر المتبقية المخاطر الكامنة.</translation>
    </message>
</context>
<context>
    <name>BenefitView</name>
    <message>
        <source>Nothing to show: {0}</source>
        <translation>لا شيء للعرض: {0}</translation>
    </message>
    <message>
        <source>Taken off jointly</source>
        <translation>ما تخفّضه مجتمعةً</translation>
    </message>
    <message>
        <source>The register has no controls yet, so residual risk equals inherent risk. Weighted risk under {0}, in points (Σ weight × likelihood × impact, 1–25).</source>
        <translation>لا يضم السجل أي ضوابط بعد، لذا تساوي المخاطر المتبقية المخاطر الكامنة. المخاطر المرجّحة وفق {0}، بالنقاط (Σ الوزن × الاحتمالية × الأثر، من 1 إلى 25).</translation>
    </message>
    <message>
        <source>What the controls take off each option&apos;s weighted risk under {0}, in points (Σ weight × likelihood × impact over the risk factors, 1–25).</source>
        <translation>ما تخفّضه الضوابط من المخاطر المرجّحة لكل خيار وفق {0}، بالنقاط (Σ الوزن × الاحتمالية × الأثر على عوامل الخطر، من 1 إلى 25).</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no (planned)</source>
        <translation>لا (مخطَّط)</translation>
    </message>
    <message>
        <source>Points of weighted risk</source>
        <translation>نقاط المخاطر المرجّحة</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>الكامنة</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>المتبقية</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>الانخفاض</translation>
    </message>
    <message>
        <source>Inherent minus residual: what the counting controls buy</source>
        <translation>الكامنة ناقص المتبقية: ما تحقّقه الضوابط المحتسبة</translation>
    </message>
    <message>
        <source>Drop %</source>
        <translation>الانخفاض %</translation>
    </message>
    <message>
        <source>The drop as a share of the inherent weighted risk</source>
        <translation>الانخفاض نسبةً إلى المخاطر المرجّحة الكامنة</translation>
    </message>
    <message>
        <source>Residual weighted risk of this option without the control, minus with it</source>
        <translation>المخاطر المرجّحة المتبقية لهذا الخيار من دون الضابط، ناقص قيمتها معه</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>الضابط</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>محتسب</translation>
    </message>
    <message>
        <source>Whether it lowers residual risk now: in place, or planned while planned controls are included</source>
        <translation>هل يخفّض المخاطر المتبقية الآن: مطبَّق، أو مخطَّط حين تكون الضوابط المخطَّطة مضمَّنة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Its contributions summed over the options</source>
        <translation>مجموع إسهاماته على الخيارات</translation>
    </message>
</context>
<context>
    <name>BilingualText</name>
    <message>
        <source>In Arabic:</source>
        <translation>بالعربية:</translation>
    </message>
    <message>
        <source>In English:</source>
        <translation>بالإنجليزية:</translation>
    </message>
    <message>
        <source>Not written in Arabic; the English text is shown in its place</source>
        <translation>لم يُكتب بالعربية؛ يُعرض النص الإنجليزي في مكانه</translation>
    </message>
    <message>
        <source>Not written in English; the Arabic text is shown in its place</source>
        <translation>لم يُكتب بالإنجليزية؛ يُعرض النص العربي في مكانه</translation>
    </message>
</context>
<context>
    <name>CellInspector</name>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Why this score? One or two sentences.</source>
        <translation>لماذا هذه الدرجة؟ جملة أو جملتان.</translation>
    </message>
    <message>
        <source>Paper section or source</source>
        <translation>قسم الورقة أو المصدر</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>&amp;الاحتمالية:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;الأثر:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;القيمة:</translation>
    </message>
    <message>
        <source>Lo&amp;w:</source>
        <translation>&amp;الأدنى:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>&amp;الأعلى:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;المسوّغ:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;الأدلة:</translation>
    </message>
    <message>
        <source>Factor cites:</source>
        <translation>ما يستشهد به العامل:</translation>
    </message>
    <message>
        <source>Select a cell of the score matrix.</source>
        <translation>اختر خلية من مصفوفة الدرجات.</translation>
    </message>
    <message>
        <source>(nothing cited)</source>
        <translation>(لا استشهاد)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Preparing chart…</source>
        <translation>جارٍ إعداد المخطط…</translation>
    </message>
    <message>
        <source>This chart cannot be drawn: {0}</source>
        <translation>تعذّر رسم هذا المخطط: {0}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>language of the help and the messages, and of the window or the report (default English; the window: the preference, else the system)</source>
        <translation>لغة المساعدة والرسائل، ولغة النافذة أو التقرير (الافتراضية الإنجليزية؛ وللنافذة: التفضيل المحفوظ، وإلا لغة النظام)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>افتح النافذة (الافتراضي)</translation>
    </message>
    <message>
        <source>project (.mizan) or spreadsheet (.csv/.xlsx)</source>
        <translation>مشروع (.mizan) أو جدول بيانات (.csv/.xlsx)</translation>
    </message>
    <message>
        <source>render the window offscreen to a PNG and exit</source>
        <translation>ارسم النافذة خارج الشاشة في صورة PNG ثم اخرج</translation>
    </message>
    <message>
        <source>Weighted multi-criteria risk assessment.</source>
        <translation>تقييم المخاطر المرجّح متعدد المعايير.</translation>
    </message>
    <message>
        <source>AHP priorities, λmax, CI and CR of a comparison matrix</source>
        <translation>أولويات AHP وλmax وCI وCR لمصفوفة مقارنة</translation>
    </message>
    <message>
        <source>Rows are the row criterion compared with the column criterion: a cell of 3 means the row criterion is moderately more important than the column one (Saaty&apos;s 1/9…9 scale). Cells may be written as fractions such as 1/3.</source>
        <translation>كل صف هو معيار الصف مقارنةً بمعيار العمود: الخلية 3 تعني أن معيار الصف أهم باعتدال من معيار العمود (مقياس ساعاتي من 1/9 إلى 9). ويجوز كتابة الخلايا كسورًا مثل 1/3.</translation>
    </message>
    <message>
        <source>CSV: criterion names across the header and down the first column</source>
        <translation>ملف CSV: أسماء المعايير في صف العناوين وفي العمود الأول</translation>
    </message>
    <message>
        <source>principal eigenvector (default) or row geometric mean</source>
        <translation>المتجه الذاتي الرئيسي (الافتراضي) أو الوسط الهندسي للصفوف</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>مخرجات مقروءة آليًا</translation>
    </message>
    <message>
        <source>rank on residual risk: likelihood and impact lowered by the controls that count</source>
        <translation>رتّب على أساس المخاطر المتبقية: الاحتمالية والأثر بعد أن تخفّضهما الضوابط المحتسبة</translation>
    </message>
    <message>
        <source>count planned controls towards residual risk too (the project&apos;s own setting is kept otherwise)</source>
        <translation>احتسب الضوابط المخطَّطة أيضًا في المخاطر المتبقية (وإلا يبقى إعداد المشروع نفسه)</translation>
    </message>
    <message>
        <source>--include-planned counts planned controls towards residual risk; add --residual</source>
        <translation>الخيار --include-planned يحتسب الضوابط المخطَّطة في المخاطر المتبقية؛ أضف --residual</translation>
    </message>
    <message>
        <source>project (.mizan) or spreadsheet (.csv/.xlsx); the built-in model when omitted</source>
        <translation>مشروع (.mizan) أو جدول بيانات (.csv/.xlsx)؛ وعند إغفاله يُستعمل النموذج المدمج</translation>
    </message>
    <message>
        <source>a profile of the model by name, or a .mizan-profile file (default: the model&apos;s first profile)</source>
        <translation>ملف ترجيح من النموذج باسمه، أو ملف .mizan-profile (الافتراضي: أول ملف ترجيح في النموذج)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0}: --out must name a {1} file</source>
        <translation>‏{0}: يجب أن يسمّي الخيار --out ملفًا بالامتداد {1}</translation>
    </message>
    <message>
        <source>{0}: is an input of this command ({1}); writing there would destroy it, so choose another --out</source>
        <translation>‏{0}: هو من مدخلات هذا الأمر ({1})؛ والكتابة فيه تتلفه، فاختر قيمة أخرى لـ --out</translation>
    </message>
    <message>
        <source>compare weighting profiles: weights, ranks, rank correlation</source>
        <translation>قارن ملفات الترجيح: الأوزان والمراتب وارتباط المراتب</translation>
    </message>
    <message>
        <source>a profile of the model by name, or a .mizan-profile file; give two or more</source>
        <translation>ملف ترجيح من النموذج باسمه، أو ملف .mizan-profile؛ اذكر اثنين أو أكثر</translation>
    </message>
    <message>
        <source>ranking method (default wsm)</source>
        <translation>طريقة الترتيب (الافتراضية wsm)</translation>
    </message>
    <message>
        <source>write the Excel workbook, or a PDF, HTML or CSV report</source>
        <translation>اكتب مصنف Excel، أو تقريرًا بصيغة PDF أو HTML أو CSV</translation>
    </message>
    <message>
        <source>method reported (default wsm)</source>
        <translation>الطريقة التي يعرضها التقرير (الافتراضية wsm)</translation>
    </message>
    <message>
        <source>SMAA samples for the robustness section (default 10000, at most {0}; 0 leaves it out)</source>
        <translation>عدد عينات SMAA لقسم المتانة (الافتراضي 10000، وبحد أقصى {0}؛ والقيمة 0 تحذف القسم)</translation>
    </message>
    <message>
        <source>SMAA seed (default 0), for a reproducible report</source>
        <translation>بذرة SMAA (الافتراضية 0)، لتقرير يمكن إعادة إنتاجه</translation>
    </message>
    <message>
        <source>PDF paper size (default a4)</source>
        <translation>مقاس ورق PDF (الافتراضي a4)</translation>
    </message>
    <message>
        <source>where to write: .xlsx, .pdf, .html or .csv (the ranking goes to NAME-ranking.csv)</source>
        <translation>مكان الكتابة: .xlsx أو .pdf أو .html أو .csv (ويُكتب الترتيب في NAME-ranking.csv)</translation>
    </message>
    <message>
        <source>{0}: cannot export to {1}; use {2}</source>
        <translation>‏{0}: يتعذّر التصدير إلى {1}؛ استعمل {2}</translation>
    </message>
    <message>
        <source>a file without extension</source>
        <translation>ملف بلا امتداد</translation>
    </message>
    <message>
        <source>{0}: the folder {1} does not exist</source>
        <translation>‏{0}: المجلد {1} غير موجود</translation>
    </message>
    <message>
        <source>{0} (or --samples 0 leaves the robustness section out)</source>
        <translation>‏{0} (أو استعمل --samples 0 لحذف قسم المتانة)</translation>
    </message>
    <message>
        <source>read an analyst&apos;s own risk register (xlsx/csv): owners, statements, levels, dates; preview, or save with --out</source>
        <translation>اقرأ سجل مخاطر المحلل الخاص (xlsx/csv): المسؤولون والبيانات والمستويات والتواريخ؛ معاينة، أو حفظ مع --out</translation>
    </message>
    <message>
        <source>the register to read (.xlsx: its first visible sheet; or .csv)</source>
        <translation>السجل المراد قراءته (.xlsx: أول ورقة ظاهرة فيه؛ أو .csv)</translation>
    </message>
    <message>
        <source>the project to update (default: built-in model)</source>
        <translation>المشروع المراد تحديثه (الافتراضي: النموذج المدمج)</translation>
    </message>
    <message>
        <source>save the updated project here (nothing is written without it; it may be the --into project, never the source)</source>
        <translation>احفظ المشروع المحدَّث هنا (لا يُكتب شيء من دونه؛ ويجوز أن يكون مشروع --into، ولا يجوز أن يكون المصدر)</translation>
    </message>
    <message>
        <source>map a column (by its header) to a field, overriding the proposal; FIELD is one of {0}, or &apos;none&apos;; repeat for more columns</source>
        <translation>طابِق عمودًا (بعنوانه) مع حقل بدلًا من المطابقة المقترحة؛ FIELD واحد من {0}، أو &apos;none&apos;؛ كرّر الخيار لأعمدة أخرى</translation>
    </message>
    <message>
        <source>the option of rows that name none</source>
        <translation>الخيار المعتمد للصفوف التي لا تسمّي خيارًا</translation>
    </message>
    <message>
        <source>machine-readable preview</source>
        <translation>معاينة مقروءة آليًا</translation>
    </message>
    <message>
        <source>--map {0}: write COLUMN=FIELD, FIELD one of {1} or none</source>
        <translation>‏--map {0}: اكتب COLUMN=FIELD، حيث FIELD واحد من {1} أو none</translation>
    </message>
    <message>
        <source>--map {0}: {1} has no column {2} in its header (row {3})</source>
        <translation>‏--map {0}: لا يحوي {1} العمود {2} في صف عناوينه (الصف {3})</translation>
    </message>
    <message>
        <source>--option {0}: the project has no option with this id</source>
        <translation>‏--option {0}: لا يحوي المشروع خيارًا بهذا المعرّف</translation>
    </message>
    <message>
        <source>{0}: {1} (use --map COLUMN=FIELD)</source>
        <translation>‏{0}: {1} (استعمل --map COLUMN=FIELD)</translation>
    </message>
    <message>
        <source>read scores (and, from a Mizan workbook, the risk register) back from a workbook or a CSV/xlsx in the documented layout; preview, or save with --out</source>
        <translation>اقرأ الدرجات (ومن مصنف ميزان سجلَّ المخاطر أيضًا) من مصنف أو من ملف CSV/xlsx بالتخطيط الموثَّق؛ معاينة، أو حفظ مع --out</translation>
    </message>
    <message>
        <source>the workbook or spreadsheet to read scores from</source>
        <translation>المصنف أو جدول البيانات الذي تُقرأ منه الدرجات</translation>
    </message>
    <message>
        <source>criteria tree, options and profiles</source>
        <translation>شجرة المعايير والخيارات وملفات الترجيح</translation>
    </message>
    <message>
        <source>export or import a weighting profile file</source>
        <translation>صدّر ملف ترجيح أو استورده</translation>
    </message>
    <message>
        <source>write one profile of the model to a {0} file</source>
        <translation>اكتب ملف ترجيح واحدًا من النموذج في ملف بالامتداد {0}</translation>
    </message>
    <message>
        <source>the profile to export</source>
        <translation>ملف الترجيح المراد تصديره</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>preview a profile file against the model, or add it to a project</source>
        <translation>عايِن ملف ترجيح مقابل النموذج، أو أضفه إلى مشروع</translation>
    </message>
    <message>
        <source>the profile file to import</source>
        <translation>ملف الترجيح المراد استيراده</translation>
    </message>
    <message>
        <source>write the model with the profile added here (without it: only the preview)</source>
        <translation>اكتب هنا النموذج بعد إضافة ملف الترجيح (من دونه: المعاينة وحدها)</translation>
    </message>
    <message>
        <source>replace a profile of the same name</source>
        <translation>استبدل ملف الترجيح الذي يحمل الاسم نفسه</translation>
    </message>
    <message>
        <source>what a criterion the file leaves out gets: its share now (keep, the default), zero, or the mean of its siblings&apos; weights</source>
        <translation>ما يناله معيار يغفله الملف: حصته الحالية (keep، الافتراضي)، أو الصفر، أو متوسط أوزان نظرائه</translation>
    </message>
    <message>
        <source>import the profile under this name</source>
        <translation>استورد ملف الترجيح بهذا الاسم</translation>
    </message>
    <message>
        <source>method of the preview (default: the profile&apos;s)</source>
        <translation>طريقة المعاينة (الافتراضية: طريقة ملف الترجيح)</translation>
    </message>
    <message>
        <source>combine several profiles into a consensus; show the spread</source>
        <translation>ادمج عدة ملفات ترجيح في توافق؛ واعرض التشتت</translation>
    </message>
    <message>
        <source>weight of each analyst, in --profile order (default: equal)</source>
        <translation>وزن كل محلل، بترتيب --profile (الافتراضي: أوزان متساوية)</translation>
    </message>
    <message>
        <source>mean of global weights, or geometric mean of AHP judgements (default mean)</source>
        <translation>متوسط الأوزان الكلية، أو الوسط الهندسي لأحكام AHP (الافتراضي mean)</translation>
    </message>
    <message>
        <source>name of the consensus profile (default: Consensus, made unique)</source>
        <translation>اسم ملف الترجيح التوافقي (الافتراضي: Consensus، مع جعله فريدًا)</translation>
    </message>
    <message>
        <source>write the model with the consensus profile added here</source>
        <translation>اكتب هنا النموذج بعد إضافة ملف الترجيح التوافقي</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>يجب ألا يكون --name فارغًا</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD is needed</source>
        <translation>يلزم تاريخ مكتوب بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the risk register: one row per risk, inherent and residual</source>
        <translation>سجل المخاطر: صف لكل خطر، بالمخاطر الكامنة والمتبقية</translation>
    </message>
    <message>
        <source>the date reviews are overdue against (default today)</source>
        <translation>التاريخ الذي تُعدّ المراجعات متأخرة بالنسبة إليه (الافتراضي اليوم)</translation>
    </message>
    <message>
        <source>CSV output, one row per risk</source>
        <translation>مخرجات CSV، صف لكل خطر</translation>
    </message>
    <message>
        <source>rank the options under a profile and a method</source>
        <translation>رتّب الخيارات بملف ترجيح وطريقة</translation>
    </message>
    <message>
        <source>rank under every method and report where they disagree</source>
        <translation>رتّب بكل الطرق واذكر مواضع اختلافها</translation>
    </message>
    <message>
        <source>machine-readable output, with the intermediates</source>
        <translation>مخرجات مقروءة آليًا، مع النتائج الوسيطة</translation>
    </message>
    <message>
        <source>CSV output</source>
        <translation>مخرجات CSV</translation>
    </message>
    <message>
        <source>Monte Carlo / SMAA-2: rank the options under many random weight vectors
(uniform over all weight vectors, or around the profile with --concentration;
scores with a low/high range are drawn from a triangular distribution) and
report how often each option takes each rank, its central weights, its
confidence factor and the pairwise winning indices.  Then, for each factor,
the stability interval of its weight: how far it can move, the others
rescaled proportionally, before another option ranks first.
Defaults: --method wsm, --samples 10000, --seed 0.  At most 1,000,000
samples, 1,000 options and 50,000,000 samples × options per run; the
pairwise winning indices are counted up to 200 options.</source>
        <translation>مونت كارلو / SMAA-2: رتّب الخيارات بعدد كبير من متجهات الأوزان العشوائية
(موزّعة بانتظام على كل متجهات الأوزان، أو حول ملف الترجيح مع --concentration؛
وتُسحب الدرجات التي لها مدى أدنى/أعلى من توزيع مثلثي)، واذكر كم مرة
يحتل كل خيار كل مرتبة، وأوزانه المركزية، ومعامل الثقة به، ومؤشرات
الغلبة الزوجية. ثم لكل عامل مجال استقرار وزنه: إلى أي حد يمكن أن يتحرك،
مع إعادة قياس الأوزان الأخرى تناسبيًا، قبل أن يأتي خيار آخر في المرتبة الأولى.
الافتراضي: --method wsm و--samples 10000 و--seed 0. وبحد أقصى 1,000,000
عينة و1,000 خيار و50,000,000 من حاصل العينات × الخيارات في كل تشغيل؛
وتُحسب مؤشرات الغلبة الزوجية حتى 200 خيار.</translation>
    </message>
    <message>
        <source>not a whole number: {0}</source>
        <translation>ليس عددًا صحيحًا: {0}</translation>
    </message>
    <message>
        <source>must be at least {0}, got {1}</source>
        <translation>يجب ألا يقل عن {0}، والمعطى {1}</translation>
    </message>
    <message>
        <source>must be at most {0}, got {1}</source>
        <translation>يجب ألا يزيد على {0}، والمعطى {1}</translation>
    </message>
    <message>
        <source>not a number: {0}</source>
        <translation>ليس عددًا: {0}</translation>
    </message>
    <message>
        <source>must be a positive number, got {0}</source>
        <translation>يجب أن يكون عددًا موجبًا، والمعطى {0}</translation>
    </message>
    <message>
        <source>robustness: SMAA rank acceptability and weight thresholds</source>
        <translation>المتانة: مقبولية المرتبة (SMAA) وعتبات الأوزان</translation>
    </message>
    <message>
        <source>random weight vectors to rank (default 10000, at most {0})</source>
        <translation>عدد متجهات الأوزان العشوائية التي يُرتَّب بها (الافتراضي 10000، وبحد أقصى {0})</translation>
    </message>
    <message>
        <source>random seed: the same seed gives the same output (default 0)</source>
        <translation>البذرة العشوائية: البذرة نفسها تعطي المخرجات نفسها (الافتراضية 0)</translation>
    </message>
    <message>
        <source>draw weights from a Dirichlet around the profile with total concentration K (larger stays closer; at most 1e15) instead of uniformly over all weight vectors</source>
        <translation>اسحب الأوزان من توزيع ديريشليه حول ملف الترجيح بتركيز كلي K (كلما كبر بقيت أقرب؛ وبحد أقصى 1e15) بدلًا من السحب المنتظم على كل متجهات الأوزان</translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <source>&amp;Add as Profile</source>
        <translation>&amp;إضافة كملف ترجيح</translation>
    </message>
    <message>
        <source>Combine Profiles</source>
        <translation>دمج ملفات الترجيح</translation>
    </message>
    <message>
        <source>&amp;Profiles to combine (double-click a weight to change it):</source>
        <translation>&amp;ملفات الترجيح المراد دمجها (انقر نقرًا مزدوجًا على وزن لتغييره):</translation>
    </message>
    <message>
        <source>&amp;Mean of the weights</source>
        <translation>&amp;متوسط الأوزان</translation>
    </message>
    <message>
        <source>&amp;Geometric mean of the AHP judgements</source>
        <translation>&amp;الوسط الهندسي لأحكام AHP</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>توافق</translation>
    </message>
    <message>
        <source>Tick two or more profiles to combine them.</source>
        <translation>حدّد ملفَّي ترجيح أو أكثر لدمجها.</translation>
    </message>
    <message>
        <source>These profiles cannot be combined this way: {0}</source>
        <translation>لا يمكن دمج ملفات الترجيح هذه بهذه الطريقة: {0}</translation>
    </message>
    <message>
        <source>A profile of this name exists already</source>
        <translation>يوجد ملف ترجيح بهذا الاسم مسبقًا</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Global weight in the consensus profile</source>
        <translation>الوزن الكلي في ملف الترجيح التوافقي</translation>
    </message>
    <message>
        <source>Spread (sd)</source>
        <translation>التشتت (انحراف معياري)</translation>
    </message>
    <message>
        <source>Standard deviation of the analysts&apos; global weights, weighted by analyst</source>
        <translation>الانحراف المعياري للأوزان الكلية لدى المحللين، مرجّحًا بوزن كل محلل</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Analyst shares: {0}</source>
        <translation>حصص المحللين: {0}</translation>
    </message>
    <message>
        <source>Added profile {0}; Edit ▸ Undo takes it back.</source>
        <translation>أُضيف ملف الترجيح {0}؛ تحرير ▸ تراجع يلغي الإضافة.</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Profiles</source>
        <translation>مقارنة ملفات الترجيح</translation>
    </message>
    <message>
        <source>&amp;Profiles to compare:</source>
        <translation>&amp;ملفات الترجيح المراد مقارنتها:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;الطريقة:</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;الأوزان</translation>
    </message>
    <message>
        <source>&amp;Rankings</source>
        <translation>&amp;الترتيبات</translation>
    </message>
    <message>
        <source>P&amp;airs</source>
        <translation>&amp;الأزواج</translation>
    </message>
    <message>
        <source>{0} (unsaved changes)</source>
        <translation>‏{0} (تغييرات غير محفوظة)</translation>
    </message>
    <message>
        <source>Tick two or more profiles to compare them.</source>
        <translation>حدّد ملفَّي ترجيح أو أكثر لمقارنتها.</translation>
    </message>
    <message>
        <source>These profiles cannot be compared: {0}</source>
        <translation>تتعذّر مقارنة ملفات الترجيح هذه: {0}</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Global weight under this profile</source>
        <translation>الوزن الكلي وفق ملف الترجيح هذا</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Largest minus smallest weight</source>
        <translation>أكبر وزن ناقص أصغر وزن</translation>
    </message>
    <message>
        <source>Rank under this profile (1 is best)</source>
        <translation>المرتبة وفق ملف الترجيح هذا (1 هي الأفضل)</translation>
    </message>
    <message>
        <source>Places between its best and worst rank</source>
        <translation>عدد المراتب بين أفضل مرتبة له وأسوئها</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>التحرّك</translation>
    </message>
    <message>
        <source>inherent</source>
        <translation>الكامنة</translation>
    </message>
    <message>
        <source>residual</source>
        <translation>المتبقية</translation>
    </message>
    <message>
        <source>Every option keeps its rank under all these profiles.</source>
        <translation>يحتفظ كل خيار بمرتبته وفق جميع ملفات الترجيح هذه.</translation>
    </message>
    <message>
        <source>Rank changes most: {0} ({1} places, between rank {2} and rank {3}).</source>
        <translation>أكثر الخيارات تغيّرًا في المرتبة: {0} (بفارق {1} بين المرتبة {2} والمرتبة {3}).</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Profile A</source>
        <translation>ملف الترجيح أ</translation>
    </message>
    <message>
        <source>Profile B</source>
        <translation>ملف الترجيح ب</translation>
    </message>
    <message>
        <source>Kendall τ</source>
        <translation>كندال τ</translation>
    </message>
    <message>
        <source>Kendall&apos;s tau-b of the two rankings: 1 the same order, −1 the reverse</source>
        <translation>معامل تاو-ب لكندال بين الترتيبين: 1 الترتيب نفسه، و−1 عكسه</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>سبيرمان ρ</translation>
    </message>
    <message>
        <source>Spearman&apos;s rho: correlation of the ranks</source>
        <translation>معامل رو لسبيرمان: ارتباط المراتب</translation>
    </message>
    <message>
        <source>Top A / B</source>
        <translation>الأول في أ / ب</translation>
    </message>
    <message>
        <source>The option each profile ranks first</source>
        <translation>الخيار الذي يضعه كل ملف ترجيح في المرتبة الأولى</translation>
    </message>
    <message>
        <source>To agree, change</source>
        <translation>للتوافق، غيّر</translation>
    </message>
    <message>
        <source>The profile whose weights move least so that both rank the same option first</source>
        <translation>ملف الترجيح الذي تتغير أوزانه بأقل قدر كي يضع الملفان الخيار نفسه في المرتبة الأولى</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Euclidean length of that change of global weights</source>
        <translation>الطول الإقليدي لذلك التغيير في الأوزان الكلية</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Sum of the absolute weight changes</source>
        <translation>مجموع القيم المطلقة لتغييرات الأوزان</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <source>The change of the factor that moves most</source>
        <translation>تغيّر وزن العامل الأكثر تحرّكًا</translation>
    </message>
    <message>
        <source>nothing: same top</source>
        <translation>لا شيء: الأول نفسه</translation>
    </message>
    <message>
        <source>{0} and {1} rank the same option first ({2}); no change is needed.</source>
        <translation>يضع {0} و{1} الخيار نفسه في المرتبة الأولى ({2})؛ لا حاجة إلى أي تغيير.</translation>
    </message>
    <message>
        <source>{0} {1} points</source>
        <translation>‏{0} {1} نقطة</translation>
    </message>
    <message>
        <source>{0} puts {1} first, {2} puts {3} first. The smallest change: move the global weights of {4} by {5} points (Euclidean distance; {6} points in total, at most {7} on one factor): {8}. Then {9} ties for first, and any further step makes it first alone. Changing {10} instead, so that {11} comes first, would take {12} points.</source>
        <translation>يضع {0} الخيار {1} أولًا، ويضع {2} الخيار {3} أولًا. أصغر تغيير: حرّك الأوزان الكلية في {4} بمقدار {5} نقطة (مسافة إقليدية؛ {6} نقطة إجمالًا، وبحد أقصى {7} على عامل واحد): {8}. عندئذٍ يتعادل {9} على المرتبة الأولى، وأي خطوة إضافية تجعله الأول وحده. أما تغيير {10} بدلًا من ذلك، ليأتي {11} أولًا، فيتطلب {12} نقطة.</translation>
    </message>
    <message>
        <source>How: this method&apos;s ranking is linear in the weights, so the nearest weights at which the other&apos;s top option is first are found exactly, by projecting onto that region.</source>
        <translation>كيف حُسب: ترتيب هذه الطريقة خطّي في الأوزان، لذا تُحسب بدقة أقرب أوزان يأتي عندها الخيار الأول لدى الملف الآخر في المرتبة الأولى، بالإسقاط على تلك المنطقة.</translation>
    </message>
    <message>
        <source>How: this method is not linear in the weights, so the change is the first point on the straight line between the two weightings at which the other&apos;s top option is first (256 steps, then bisection). A shorter change may exist.</source>
        <translation>كيف حُسب: هذه الطريقة غير خطية في الأوزان، لذا فالتغيير هو أول نقطة على الخط المستقيم بين الترجيحين يأتي عندها الخيار الأول لدى الملف الآخر في المرتبة الأولى (256 خطوة، ثم التنصيف). قد يوجد تغيير أقصر.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>الخلايا</translation>
    </message>
    <message>
        <source>Counts towards residual risk</source>
        <translation>يُحتسب في المخاطر المتبقية</translation>
    </message>
    <message>
        <source>Planned: not counted (include planned controls to count it)</source>
        <translation>مخطَّط: غير محتسب (ضمِّن الضوابط المخطَّطة لاحتسابه)</translation>
    </message>
    <message>
        <source>How many risk cells this control acts on</source>
        <translation>عدد خلايا الخطر التي يؤثر فيها هذا الضابط</translation>
    </message>
    <message>
        <source>Inherent L{0} × I{1} = {2}; residual with every counting control L{3} × I{4} = {5}</source>
        <translation>الكامنة: ح{0} × أ{1} = {2}؛ المتبقية مع كل الضوابط المحتسبة: ح{3} × أ{4} = {5}</translation>
    </message>
</context>
<context>
    <name>ControlsEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;المسؤول:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;الأدلة:</translation>
    </message>
    <message>
        <source>No control chosen.</source>
        <translation>لم يُختر ضابط.</translation>
    </message>
    <message>
        <source>Controls:</source>
        <translation>الضوابط:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add a control after the chosen one</source>
        <translation>إضافة ضابط بعد الضابط المختار</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the chosen control and its effects</source>
        <translation>حذف الضابط المختار وتأثيراته</translation>
    </message>
    <message>
        <source>No controls yet: Add one, then give its effect on each risk cell.</source>
        <translation>لا ضوابط بعد: انقر «إضافة» لإضافة ضابط، ثم حدّد تأثيره في كل خلية خطر.</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>محتسب</translation>
    </message>
    <message>
        <source>planned, not counted</source>
        <translation>مخطَّط، غير محتسب</translation>
    </message>
    <message>
        <source>Effects of {0} {1} ({2}): levels it takes off likelihood (L) and impact (I) in each risk cell. {3}</source>
        <translation>تأثيرات {0} {1} ({2}): المستويات التي يخفّضها من الاحتمالية (ح) والأثر (أ) في كل خلية خطر. {3}</translation>
    </message>
    <message>
        <source>New control</source>
        <translation>ضابط جديد</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <source>Risk (likelihood × impact)</source>
        <translation>خطر (الاحتمالية × الأثر)</translation>
    </message>
    <message>
        <source>Value, higher is better</source>
        <translation>قيمة، الأعلى أفضل</translation>
    </message>
    <message>
        <source>Value, lower is better</source>
        <translation>قيمة، الأدنى أفضل</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>خطر</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>منفعة</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>تكلفة</translation>
    </message>
    <message>
        <source>A weight must be a number from 0 to 100.</source>
        <translation>يجب أن يكون الوزن عددًا من 0 إلى 100.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Local %</source>
        <translation>المحلي %</translation>
    </message>
    <message>
        <source>Global %</source>
        <translation>الكلي %</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Groups and factors</source>
        <translation>المجموعات والعوامل</translation>
    </message>
    <message>
        <source>Share of the weight among its siblings</source>
        <translation>حصته من الوزن بين نظرائه</translation>
    </message>
    <message>
        <source>Share of the whole weight</source>
        <translation>حصته من الوزن كله</translation>
    </message>
    <message>
        <source>A locked weight keeps its share when a sibling changes</source>
        <translation>يحتفظ الوزن المثبَّت بحصته عندما يتغيّر أحد نظرائه</translation>
    </message>
    <message>
        <source>How the factor is scored</source>
        <translation>كيف تُقدَّر درجة العامل</translation>
    </message>
</context>
<context>
    <name>CriteriaPanel</name>
    <message>
        <source>Benefit</source>
        <translation>منفعة</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>إضافة عامل</translation>
    </message>
    <message>
        <source>Add a factor to the selected group</source>
        <translation>إضافة عامل إلى المجموعة المحددة</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>Add a group beside the selection</source>
        <translation>إضافة مجموعة بجانب التحديد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected criterion</source>
        <translation>حذف المعيار المحدد</translation>
    </message>
    <message>
        <source>Move the selected criterion up</source>
        <translation>نقل المعيار المحدد إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected criterion down</source>
        <translation>نقل المعيار المحدد إلى الأسفل</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>Move the selected criterion into another group</source>
        <translation>نقل المعيار المحدد إلى مجموعة أخرى</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>عامل جديد</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group {0} with its %Ln factor(s), their weights and their scores? Undo brings them back.</source>
        <translation>
            <numerusform>حذف المجموعة {0}، وليس فيها أي عامل؟ يمكن استعادتها بالتراجع.</numerusform>
            <numerusform>حذف المجموعة {0} مع عاملها الوحيد ووزنه ودرجاته؟ يمكن استعادتها بالتراجع.</numerusform>
            <numerusform>حذف المجموعة {0} مع عامليها ووزنيهما ودرجاتهما؟ يمكن استعادتها بالتراجع.</numerusform>
            <numerusform>حذف المجموعة {0} مع عواملها الـ%Ln وأوزانها ودرجاتها؟ يمكن استعادتها بالتراجع.</numerusform>
            <numerusform>حذف المجموعة {0} مع عواملها الـ%Ln وأوزانها ودرجاتها؟ يمكن استعادتها بالتراجع.</numerusform>
            <numerusform>حذف المجموعة {0} مع عواملها الـ%Ln وأوزانها ودرجاتها؟ يمكن استعادتها بالتراجع.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>حذف المجموعة</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
</context>
<context>
    <name>CriterionInspector</name>
    <message>
        <source>One source or paper section per line</source>
        <translation>مصدر واحد أو قسم واحد من الورقة في كل سطر</translation>
    </message>
    <message>
        <source>Line by line beside the sources above</source>
        <translation>سطرًا بسطر إزاء المصادر أعلاه</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;المقياس:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;الأدلة:</translation>
    </message>
    <message>
        <source>Select a criterion.</source>
        <translation>اختر معيارًا.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>عامل</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>Equal weights</source>
        <translation>أوزان متساوية</translation>
    </message>
    <message>
        <source>{0} is a reference profile: save the weights as a new profile</source>
        <translation>‏{0} ملف ترجيح مرجعي: احفظ الأوزان في ملف ترجيح جديد</translation>
    </message>
    <message>
        <source>the project has no file name yet</source>
        <translation>ليس للمشروع اسم ملف بعد</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Change score</source>
        <translation>تغيير درجة</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>تغيير وزن</translation>
    </message>
    <message>
        <source>Set weights</source>
        <translation>تعيين الأوزان</translation>
    </message>
    <message>
        <source>Change criterion</source>
        <translation>تغيير معيار</translation>
    </message>
    <message>
        <source>Change kind of score</source>
        <translation>تغيير نوع الدرجة</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation>حذف معيار</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>نقل معيار</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>إضافة خيار</translation>
    </message>
    <message>
        <source>Change option</source>
        <translation>تغيير خيار</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>نقل خيار</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>حذف خيار</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ ملف الترجيح</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>تغيير ملف الترجيح</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>إعادة تسمية ملف الترجيح</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>تكرار ملف الترجيح</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف ملف الترجيح</translation>
    </message>
    <message>
        <source>Change model details</source>
        <translation>تغيير تفاصيل النموذج</translation>
    </message>
    <message>
        <source>Change text</source>
        <translation>تغيير النص</translation>
    </message>
    <message>
        <source>Change texts</source>
        <translation>تغيير النصوص</translation>
    </message>
    <message>
        <source>Change register entry</source>
        <translation>تغيير قيد في السجل</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>إضافة ضابط</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>تغيير ضابط</translation>
    </message>
    <message>
        <source>Delete control</source>
        <translation>حذف ضابط</translation>
    </message>
    <message>
        <source>Change control effect</source>
        <translation>تغيير تأثير ضابط</translation>
    </message>
    <message>
        <source>Change descriptor scale</source>
        <translation>تغيير مقياس وصفي</translation>
    </message>
    <message>
        <source>Include planned controls</source>
        <translation>تضمين الضوابط المخطَّطة</translation>
    </message>
    <message>
        <source>Change control id</source>
        <translation>تغيير معرّف ضابط</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
</context>
<context>
    <name>EffectEditor</name>
    <message>
        <source>Likelihood levels taken off</source>
        <translation>مستويات الاحتمالية المخفَّضة</translation>
    </message>
    <message>
        <source>Impact levels taken off</source>
        <translation>مستويات الأثر المخفَّضة</translation>
    </message>
</context>
<context>
    <name>FileHandler</name>
    <message>
        <source>Mizan</source>
        <translation>ميزان</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <source>Mizan projects (*.mizan);;Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>مشاريع ميزان (*.mizan);;جداول البيانات (*.csv *.xlsx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>حفظ المشروع باسم</translation>
    </message>
    <message>
        <source>Mizan projects (*.mizan)</source>
        <translation>مشاريع ميزان (*.mizan)</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>عامل جديد</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>خيار</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>أوزان متساوية</translation>
    </message>
    <message>
        <source>Cannot open {0}:
{1}</source>
        <translation>تعذّر فتح {0}:
{1}</translation>
    </message>
    <message>
        <source>process {0} on {1}</source>
        <translation>العملية {0} على الجهاز {1}</translation>
    </message>
    <message>
        <source>another window</source>
        <translation>نافذة أخرى</translation>
    </message>
    <message>
        <source>{0} is already open ({1}). If both copies are edited, one will overwrite the other&apos;s changes.

Open it anyway?</source>
        <translation>‏{0} مفتوح بالفعل ({1}). إذا عُدّلت النسختان كلتاهما، فستكتب إحداهما فوق تغييرات الأخرى.

هل تريد فتحه على أي حال؟</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>المشروع مفتوح بالفعل</translation>
    </message>
    <message>
        <source>Cannot save {0}:
{1}</source>
        <translation>تعذّر حفظ {0}:
{1}</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>حُفظ {0}</translation>
    </message>
    <message>
        <source>Save Changes?</source>
        <translation>حفظ التغييرات؟</translation>
    </message>
    <message>
        <source>The project has unsaved changes. Save them before closing it?</source>
        <translation>في المشروع تغييرات غير محفوظة. هل تريد حفظها قبل إغلاقه؟</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>an untitled project</source>
        <translation>مشروع بلا عنوان</translation>
    </message>
    <message>
        <source>Mizan did not close normally. Unsaved changes to {0} from {1} were kept.

Restore them?</source>
        <translation>لم يُغلق ميزان على نحو طبيعي. احتُفظ بالتغييرات غير المحفوظة على {0} (من {1}).

هل تريد استعادتها؟</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>استعادة التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>The recovery file cannot be read:
{0}</source>
        <translation>تتعذّر قراءة ملف الاستعادة:
{0}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import Profile</source>
        <translation>استيراد ملف ترجيح</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Profile: {0}</source>
        <translation>ملف الترجيح: {0}</translation>
    </message>
    <message>
        <source>{0} criteria matched, {1} missing, {2} extra (ignored). Nothing changes until you press Apply, and Edit ▸ Undo takes the import back.</source>
        <translation>المعايير المطابَقة: {0}، والناقصة: {1}، والزائدة (مُتجاهَلة): {2}. لا يتغيّر شيء حتى تضغط «تطبيق»، ويُلغي تحرير ▸ تراجع الاستيراد.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>id, loosely</source>
        <translation>المعرّف، بمطابقة مرنة</translation>
    </message>
    <message>
        <source>name, loosely</source>
        <translation>الاسم، بمطابقة مرنة</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>طريقة المطابقة</translation>
    </message>
    <message>
        <source>Loosely: ignoring case, spaces and the Unicode form of characters</source>
        <translation>مطابقة مرنة: بتجاهل حالة الأحرف والمسافات وصيغة يونيكود للحروف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <source>Share of its level</source>
        <translation>حصته من مستواه</translation>
    </message>
    <message>
        <source>Global weight</source>
        <translation>الوزن الكلي</translation>
    </message>
    <message>
        <source>In the file, not in this model (ignored)</source>
        <translation>في الملف وليس في هذا النموذج (مُتجاهَل)</translation>
    </message>
    <message>
        <source>&amp;Matched ({0})</source>
        <translation>&amp;مطابَقة ({0})</translation>
    </message>
    <message>
        <source>M&amp;issing ({0})</source>
        <translation>&amp;ناقصة ({0})</translation>
    </message>
    <message>
        <source>E&amp;xtra ({0})</source>
        <translation>&amp;زائدة ({0})</translation>
    </message>
    <message>
        <source>A key matches a criterion&apos;s id exactly, else its id or its name loosely: ignoring case, spaces and the Unicode form of characters (so “e 1” matches E1).</source>
        <translation>يطابق المفتاحُ معرّفَ المعيار تمامًا، وإلا فمعرّفَه أو اسمَه مطابقةً مرنة: بتجاهل حالة الأحرف والمسافات وصيغة يونيكود للحروف (فيطابق «e 1» المعرّفَ E1).</translation>
    </message>
    <message>
        <source>keeps the share of its level it has now</source>
        <translation>يحتفظ بحصته الحالية من مستواه</translation>
    </message>
    <message>
        <source>gets zero</source>
        <translation>يُعطى صفرًا</translation>
    </message>
    <message>
        <source>gets the mean of its siblings&apos; weights in the file</source>
        <translation>يُعطى متوسط أوزان نظرائه في الملف</translation>
    </message>
    <message>
        <source>What a missing criterion gets</source>
        <translation>ما يُعطى للمعيار الناقص</translation>
    </message>
    <message>
        <source>The table and the ranking show the consequence of the rule chosen above; nothing changes until you press Apply.</source>
        <translation>يبيّن الجدول والترتيب نتيجة القاعدة المختارة أعلاه؛ لا يتغيّر شيء حتى تضغط «تطبيق».</translation>
    </message>
    <message>
        <source>A criterion the file gives no weight</source>
        <translation>المعيار الذي لا يعطيه الملف وزنًا</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>Ranking: with this profile and now ({0})</source>
        <translation>الترتيب: بملف الترجيح هذا والآن ({0})</translation>
    </message>
    <message>
        <source>Now: the ranking under the active profile, {0}. A positive change moves the option up.</source>
        <translation>الآن: الترتيب وفق ملف الترجيح النشط، {0}. التغيّر الموجب يرفع الخيار.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>المرتبة</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Rank now</source>
        <translation>المرتبة الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Places the option moves: up (+) or down (−)</source>
        <translation>عدد المراتب التي ينتقلها الخيار: صعودًا (+) أو هبوطًا (−)</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>القائم</translation>
    </message>
    <message>
        <source>Rank under the model&apos;s profile of the same name, which Replace would overwrite</source>
        <translation>المرتبة وفق ملف الترجيح ذي الاسم نفسه في النموذج، وهو الذي يحلّ محلّه «الاستبدال»</translation>
    </message>
    <message>
        <source>This model already has a profile of the same name</source>
        <translation>في هذا النموذج ملف ترجيح بالاسم نفسه</translation>
    </message>
    <message>
        <source>&amp;Replace the existing profile (its weights are overwritten)</source>
        <translation>&amp;استبدال ملف الترجيح القائم (تُستبدل أوزانه)</translation>
    </message>
    <message>
        <source>Import under a &amp;new name:</source>
        <translation>استيراد باسم &amp;جديد:</translation>
    </message>
    <message>
        <source>Type a name for the imported profile.</source>
        <translation>اكتب اسمًا لملف الترجيح المستورَد.</translation>
    </message>
    <message>
        <source>That name is taken too.</source>
        <translation>هذا الاسم مستخدَم أيضًا.</translation>
    </message>
</context>
<context>
    <name>JudgementDelegate</name>
    <message>
        <source>Type 1–9 or 1/2–1/9, or choose a judgement from the list</source>
        <translation>اكتب من 1 إلى 9 أو من 1/2 إلى 1/9، أو اختر حكمًا من القائمة</translation>
    </message>
    <message>
        <source>“{0}” is not on Saaty&apos;s scale: type 1–9 or 1/2–1/9, or choose from the list.</source>
        <translation>‏«{0}» ليس على مقياس ساعاتي: اكتب من 1 إلى 9 أو من 1/2 إلى 1/9، أو اختر من القائمة.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>Model &amp;Details…</source>
        <translation>&amp;تفاصيل النموذج…</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;الأوزان</translation>
    </message>
    <message>
        <source>&amp;Point Allocation…</source>
        <translation>&amp;توزيع النقاط…</translation>
    </message>
    <message>
        <source>&amp;Swing Weighting…</source>
        <translation>ترجيح &amp;التأرجح…</translation>
    </message>
    <message>
        <source>&amp;AHP Pairwise Comparison…</source>
        <translation>&amp;المقارنة الزوجية (AHP)…</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;ملفات الترجيح</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;التحليل</translation>
    </message>
    <message>
        <source>Ris&amp;ks</source>
        <translation>&amp;المخاطر</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{0}[*] — Mizan</source>
        <translation>‏{0}[*] — ميزان</translation>
    </message>
    <message>
        <source>Not changed: {0}</source>
        <translation>لم يتغيّر شيء: {0}</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>فشل الحفظ التلقائي: {0}</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>weighting needs at least two criteria side by side</source>
        <translation>يحتاج الترجيح إلى معيارين على الأقل في المستوى نفسه</translation>
    </message>
</context>
<context>
    <name>Mizan</name>
    <message>
        <source>Mizan</source>
        <translation>ميزان</translation>
    </message>
    <message>
        <source>Something went wrong ({0}: {1}). Your model is unchanged; please save your work and report this.</source>
        <translation>حدث خطأ ({0}: {1}). لم يتغيّر نموذجك؛ يُرجى حفظ عملك والإبلاغ عن ذلك.</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Model Details</source>
        <translation>تفاصيل النموذج</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;السؤال:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;المصدر:</translation>
    </message>
    <message>
        <source>Band of risk {0}:</source>
        <translation>نطاق الخطر {0}:</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <source>“{0}” is not a number.</source>
        <translation>‏«{0}» ليس رقمًا.</translation>
    </message>
    <message>
        <source>{0} is outside the scale {1}–{2}; widen the criterion&apos;s scale first.</source>
        <translation>‏{0} خارج المقياس من {1} إلى {2}؛ وسِّع مقياس المعيار أولًا.</translation>
    </message>
</context>
<context>
    <name>OptionInspector</name>
    <message>
        <source>What the option means in practice</source>
        <translation>ما يعنيه الخيار عمليًا</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>Select an option: click its column header.</source>
        <translation>اختر خيارًا: انقر عنوان عموده.</translation>
    </message>
    <message>
        <source>Option {0}</source>
        <translation>الخيار {0}</translation>
    </message>
</context>
<context>
    <name>PointsDialog</name>
    <message>
        <source>Point Allocation</source>
        <translation>توزيع النقاط</translation>
    </message>
    <message>
        <source>Share out {0} points among the criteria: more points, more weight.</source>
        <translation>وزّع {0} نقطة على المعايير: كلما زادت النقاط زاد الوزن.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>{0} of {1} points allocated.</source>
        <translation>النقاط الموزَّعة: {0} من {1}.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>No {0} translation is installed; the interface stays English.</source>
        <translation>لا توجد ترجمة مثبّتة للغة {0}؛ تبقى الواجهة بالإنجليزية.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Western (0 1 2 3)</source>
        <translation>غربية (0 1 2 3)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠ ١ ٢ ٣)</source>
        <translation>عربية هندية (٠ ١ ٢ ٣)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;الأرقام:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language; your model and its undo history stay as they are.</source>
        <translation>يُعاد بناء النافذة باللغة الجديدة؛ ويبقى نموذجك وخطوات التراجع فيه على حالها.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Profile &amp;Details…</source>
        <translation>&amp;تفاصيل ملف الترجيح…</translation>
    </message>
    <message>
        <source>The active profile&apos;s name and notes, in both languages</source>
        <translation>اسم ملف الترجيح النشط وملاحظاته، باللغتين</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>&amp;استيراد ملف ترجيح…</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>&amp;تصدير ملف الترجيح…</translation>
    </message>
    <message>
        <source>&amp;Compare Profiles…</source>
        <translation>&amp;مقارنة ملفات الترجيح…</translation>
    </message>
    <message>
        <source>Com&amp;bine Profiles…</source>
        <translation>&amp;دمج ملفات الترجيح…</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>استيراد ملف ترجيح</translation>
    </message>
    <message>
        <source>Mizan profiles (*{0});;All files (*)</source>
        <translation>ملفات ترجيح ميزان (*{0});;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>تصدير ملف الترجيح</translation>
    </message>
    <message>
        <source>Mizan profiles (*{0})</source>
        <translation>ملفات ترجيح ميزان (*{0})</translation>
    </message>
    <message>
        <source>Mizan</source>
        <translation>ميزان</translation>
    </message>
    <message>
        <source>The profile could not be exported:
{0}</source>
        <translation>تعذّر تصدير ملف الترجيح:
{0}</translation>
    </message>
    <message>
        <source>Exported profile {0} to {1}</source>
        <translation>صُدِّر ملف الترجيح {0} إلى {1}</translation>
    </message>
    <message>
        <source>The profile file cannot be imported; nothing was changed.

{0}</source>
        <translation>لا يمكن استيراد ملف الترجيح؛ لم يتغيّر شيء.

{0}</translation>
    </message>
    <message>
        <source>Imported profile {0}; Edit ▸ Undo takes it back</source>
        <translation>استُورد ملف الترجيح {0}؛ ويُلغيه تحرير ▸ تراجع</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Weighting profile: switching re-ranks at once</source>
        <translation>ملف الترجيح: التبديل يعيد الترتيب فورًا</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>ملف الترجيح:</translation>
    </message>
    <message>
        <source>Re&amp;vert Profile</source>
        <translation>&amp;استرجاع ملف الترجيح</translation>
    </message>
    <message>
        <source>Drop the unsaved weight changes of the active profile</source>
        <translation>إسقاط تغييرات الأوزان غير المحفوظة في ملف الترجيح النشط</translation>
    </message>
    <message>
        <source>Save &amp;Profile</source>
        <translation>&amp;حفظ ملف الترجيح</translation>
    </message>
    <message>
        <source>Keep the weights as they are now in the active profile</source>
        <translation>حفظ الأوزان كما هي الآن في ملف الترجيح النشط</translation>
    </message>
    <message>
        <source>Save as &amp;New Profile…</source>
        <translation>حفظ كملف ترجيح &amp;جديد…</translation>
    </message>
    <message>
        <source>Rename Profile…</source>
        <translation>إعادة تسمية ملف الترجيح…</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>تكرار ملف الترجيح</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>حذف ملف الترجيح</translation>
    </message>
    <message>
        <source>{0} *</source>
        <translation>{0} *</translation>
    </message>
    <message>
        <source>Unsaved Weights</source>
        <translation>أوزان غير محفوظة</translation>
    </message>
    <message>
        <source>The weights of {0} have changed. Save them in the profile before switching?</source>
        <translation>تغيّرت أوزان «{0}». أتحفظها في ملف الترجيح قبل التبديل؟</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>اسم ملف الترجيح:</translation>
    </message>
    <message>
        <source>Save as New Profile</source>
        <translation>حفظ كملف ترجيح جديد</translation>
    </message>
    <message>
        <source>My weights</source>
        <translation>أوزاني</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>إعادة تسمية ملف الترجيح</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>‏{0} (نسخة)</translation>
    </message>
</context>
<context>
    <name>ProfileDetails</name>
    <message>
        <source>Profile Details</source>
        <translation>تفاصيل ملف الترجيح</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;ملاحظات:</translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <source>Profile</source>
        <translation>ملف الترجيح</translation>
    </message>
    <message>
        <source>Analyst weight</source>
        <translation>وزن المحلل</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>{0} pts</source>
        <translation>‏{0} نقطة</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ال&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختيار</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة الضبط</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إيقاف</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>⁦Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>⁦Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>⁦Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>⁦Meta</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>Places gained (+) or lost (−) against the inherent ranking</source>
        <translation>المراتب المكتسبة (+) أو المفقودة (−) مقارنةً بالترتيب على أساس المخاطر الكامنة</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Score (higher is better)</source>
        <translation>الدرجة (الأعلى أفضل)</translation>
    </message>
    <message>
        <source>Score (lower is better)</source>
        <translation>الدرجة (الأدنى أفضل)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>المرتبة</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
</context>
<context>
    <name>RankingBars</name>
    <message>
        <source>{0} — the best {1} of {2}</source>
        <translation>‏{0} — أفضل {1} من {2}</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>التقدير</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>عامل الخطر</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>بيان الخطر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>الضوابط</translation>
    </message>
    <message>
        <source>L</source>
        <translation>ح</translation>
    </message>
    <message>
        <source>I</source>
        <translation>أ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>Res. L</source>
        <translation>ح المتبقية</translation>
    </message>
    <message>
        <source>Res. I</source>
        <translation>أ المتبقي</translation>
    </message>
    <message>
        <source>Res. score</source>
        <translation>الدرجة المتبقية</translation>
    </message>
    <message>
        <source>Res. band</source>
        <translation>النطاق المتبقي</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>‏{0} متأخرة</translation>
    </message>
    <message>
        <source> (not counted)</source>
        <translation> (غير محتسب)</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(لم يُحدَّد)</translation>
    </message>
    <message>
        <source>No controls</source>
        <translation>لا ضوابط</translation>
    </message>
    <message>
        <source>Review overdue: due {0}, today is {1}</source>
        <translation>المراجعة متأخرة: تاريخ الاستحقاق {0}، واليوم {1}</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>محتسب</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>غير محتسب</translation>
    </message>
    <message>
        <source>{0} {1} ({2}, {3}): {4}</source>
        <translation>‏{0} {1} ({2}، {3}): {4}</translation>
    </message>
    <message>
        <source>Inherent likelihood (the cell&apos;s score)</source>
        <translation>الاحتمالية الكامنة (درجة الخلية)</translation>
    </message>
    <message>
        <source>Inherent impact (the cell&apos;s score)</source>
        <translation>الأثر الكامن (درجة الخلية)</translation>
    </message>
    <message>
        <source>Controls with an effect on this cell</source>
        <translation>الضوابط ذات التأثير في هذه الخلية</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <source>Risk register</source>
        <translation>سجل المخاطر</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>&amp;السجل</translation>
    </message>
    <message>
        <source>&amp;Controls</source>
        <translation>&amp;الضوابط</translation>
    </message>
    <message>
        <source>&amp;Descriptor scales</source>
        <translation>&amp;المقاييس الوصفية</translation>
    </message>
    <message>
        <source>Risk &amp;Register…</source>
        <translation>&amp;سجل المخاطر…</translation>
    </message>
    <message>
        <source>Every risk with its owner, controls, inherent and residual level, treatment and review</source>
        <translation>كل خطر مع المسؤول عنه وضوابطه ومستواه الكامن والمتبقي ومعالجته ومراجعته</translation>
    </message>
    <message>
        <source>&amp;Controls…</source>
        <translation>&amp;الضوابط…</translation>
    </message>
    <message>
        <source>The controls and their effect on each risk</source>
        <translation>الضوابط وتأثيرها في كل خطر</translation>
    </message>
    <message>
        <source>&amp;Descriptor Scales…</source>
        <translation>&amp;المقاييس الوصفية…</translation>
    </message>
    <message>
        <source>What each likelihood and impact level means</source>
        <translation>معنى كل مستوى من مستويات الاحتمالية والأثر</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Import Risk &amp;Register…</source>
        <translation>استيراد &amp;سجل المخاطر…</translation>
    </message>
    <message>
        <source>Read owners, statements, levels and dates from your own register (Excel or CSV)</source>
        <translation>قراءة المسؤولين وبيانات المخاطر والمستويات والتواريخ من سجلك الخاص (Excel أو CSV)</translation>
    </message>
    <message>
        <source>Import risk register</source>
        <translation>استيراد سجل المخاطر</translation>
    </message>
    <message>
        <source>Workbooks and CSV (*.xlsx *.csv)</source>
        <translation>المصنفات وملفات CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot import the risk register</source>
        <translation>تعذّر استيراد سجل المخاطر</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import Risk Register</source>
        <translation>استيراد سجل المخاطر</translation>
    </message>
    <message numerus="yes">
        <source>{0}: the header is row {1}; %Ln row(s) below it. A blank cell changes nothing; a filled one replaces the cell&apos;s value. Nothing changes until you apply.</source>
        <translation>
            <numerusform>‏{0}: صف العناوين هو الصف {1}، ولا صفوف تحته. الخلية الفارغة لا تغيّر شيئًا، والممتلئة تحلّ محل قيمة الخلية. لا يتغيّر شيء حتى تطبّق.</numerusform>
            <numerusform>‏{0}: صف العناوين هو الصف {1}، وتحته صف واحد. الخلية الفارغة لا تغيّر شيئًا، والممتلئة تحلّ محل قيمة الخلية. لا يتغيّر شيء حتى تطبّق.</numerusform>
            <numerusform>‏{0}: صف العناوين هو الصف {1}، وتحته صفّان. الخلية الفارغة لا تغيّر شيئًا، والممتلئة تحلّ محل قيمة الخلية. لا يتغيّر شيء حتى تطبّق.</numerusform>
            <numerusform>‏{0}: صف العناوين هو الصف {1}، وتحته %Ln صفوف. الخلية الفارغة لا تغيّر شيئًا، والممتلئة تحلّ محل قيمة الخلية. لا يتغيّر شيء حتى تطبّق.</numerusform>
            <numerusform>‏{0}: صف العناوين هو الصف {1}، وتحته %Ln صفًّا. الخلية الفارغة لا تغيّر شيئًا، والممتلئة تحلّ محل قيمة الخلية. لا يتغيّر شيء حتى تطبّق.</numerusform>
            <numerusform>‏{0}: صف العناوين هو الصف {1}، وتحته %Ln صف. الخلية الفارغة لا تغيّر شيئًا، والممتلئة تحلّ محل قيمة الخلية. لا يتغيّر شيء حتى تطبّق.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>العامل</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>Risk statement</source>
        <translation>بيان الخطر</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>المعالجة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورَد)</translation>
    </message>
    <message>
        <source>Columns of the file and the field each one feeds:</source>
        <translation>أعمدة الملف والحقل الذي يغذّيه كلٌّ منها:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>يُستورَد بوصفه</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>{0}  (under “{1}”)</source>
        <translation>‏{0}  (تحت «{1}»)</translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation>حقل العمود {0}</translation>
    </message>
    <message>
        <source>Rows that name no option go to:</source>
        <translation>الصفوف التي لا تسمّي خيارًا تذهب إلى:</translation>
    </message>
    <message>
        <source>(none: such rows are refused)</source>
        <translation>(لا شيء: تُرفض هذه الصفوف)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>ما يتغيّر</translation>
    </message>
    <message>
        <source>Why it is not placed</source>
        <translation>سبب عدم إدراجه</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Placed rows: {0}</source>
        <translation>الصفوف المُدرَجة: {0}</translation>
    </message>
    <message>
        <source>Rows not placed: {0}</source>
        <translation>الصفوف غير المُدرَجة: {0}</translation>
    </message>
    <message>
        <source>The mapping cannot place rows yet: fix the problems listed below.</source>
        <translation>لا تستطيع المطابقة إدراج أي صف بعد: أصلح المشكلات المذكورة أدناه.</translation>
    </message>
    <message>
        <source>{0}, {1}; {2}.</source>
        <translation>‏{0}، {1}؛ {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) placed</source>
        <translation>
            <numerusform>لم يُدرَج أي صف</numerusform>
            <numerusform>أُدرِج صف واحد</numerusform>
            <numerusform>أُدرِج صفّان</numerusform>
            <numerusform>أُدرِجت %Ln صفوف</numerusform>
            <numerusform>أُدرِج %Ln صفًّا</numerusform>
            <numerusform>أُدرِج %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them changing the model</source>
        <translation>
            <numerusform>لا يغيّر أيٌّ منها النموذج</numerusform>
            <numerusform>منها صف واحد يغيّر النموذج</numerusform>
            <numerusform>منها صفّان يغيّران النموذج</numerusform>
            <numerusform>منها %Ln صفوف تغيّر النموذج</numerusform>
            <numerusform>منها %Ln صفًّا يغيّر النموذج</numerusform>
            <numerusform>منها %Ln صف يغيّر النموذج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not placed</source>
        <translation>
            <numerusform>لا صفوف غير مُدرَجة</numerusform>
            <numerusform>صف واحد غير مُدرَج</numerusform>
            <numerusform>صفّان غير مُدرَجين</numerusform>
            <numerusform>‏%Ln صفوف غير مُدرَجة</numerusform>
            <numerusform>‏%Ln صفًّا غير مُدرَج</numerusform>
            <numerusform>‏%Ln صف غير مُدرَج</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Overdue reviews only</source>
        <translation>المراجعات المتأخرة فقط</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;بيان الخطر:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;المسؤول:</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>&amp;الإجراء:</translation>
    </message>
    <message>
        <source>No risk chosen.</source>
        <translation>لم يُختر خطر.</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>الخيار:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>المجموعة:</translation>
    </message>
    <message>
        <source>Band:</source>
        <translation>النطاق:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>المسؤول:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>إظهار &amp;الكل</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>مسح كل المرشّحات</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>الكامنة</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>المتبقية</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(بلا مسؤول)</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %Ln risk(s) shown</source>
        <translation>
            <numerusform>يُعرض {0} من أصل %Ln خطر</numerusform>
            <numerusform>يُعرض {0} من أصل خطر واحد</numerusform>
            <numerusform>يُعرض {0} من أصل خطرين</numerusform>
            <numerusform>يُعرض {0} من أصل %Ln مخاطر</numerusform>
            <numerusform>يُعرض {0} من أصل %Ln خطرًا</numerusform>
            <numerusform>يُعرض {0} من أصل %Ln خطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln risk(s)</source>
        <translation>
            <numerusform>لا مخاطر</numerusform>
            <numerusform>خطر واحد</numerusform>
            <numerusform>خطران</numerusform>
            <numerusform>‏%Ln مخاطر</numerusform>
            <numerusform>‏%Ln خطرًا</numerusform>
            <numerusform>‏%Ln خطر</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue reviews: {0} (as of {1})</source>
        <translation>المراجعات المتأخرة: {0} (بتاريخ {1})</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>&amp;تصدير التقرير…</translation>
    </message>
    <message>
        <source>&amp;Import Scores…</source>
        <translation>&amp;استيراد الدرجات…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>تقرير PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>تقرير HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV matrix and ranking (*.csv)</source>
        <translation>المصفوفة والترتيب بصيغة CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report (written in Arabic)</source>
        <translation>تصدير التقرير (يُكتب بالعربية)</translation>
    </message>
    <message>
        <source>Export report (written in English)</source>
        <translation>تصدير التقرير (يُكتب بالإنجليزية)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>جارٍ تصدير التقرير…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>{0} (unsaved changes)</source>
        <translation>‏{0} (تغييرات غير محفوظة)</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>صُدِّر {0}</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <source>Import scores</source>
        <translation>استيراد الدرجات</translation>
    </message>
    <message>
        <source>Workbooks and CSV (*.xlsx *.csv)</source>
        <translation>المصنفات وملفات CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot import scores</source>
        <translation>تعذّر استيراد الدرجات</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>مصفوفة المخاطر</translation>
    </message>
    <message>
        <source>5 × 5 grid</source>
        <translation>الشبكة 5 × 5</translation>
    </message>
    <message>
        <source>What the controls buy</source>
        <translation>ما تحقّقه الضوابط</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;الطريقة:</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;الخيار:</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>جارٍ الترتيب…</translation>
    </message>
    <message>
        <source>No ranking: {0}</source>
        <translation>لا ترتيب: {0}</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more finding(s).</source>
        <translation>
            <numerusform>… ولا نتائج أخرى.</numerusform>
            <numerusform>… ونتيجة أخرى واحدة.</numerusform>
            <numerusform>… ونتيجتان أخريان.</numerusform>
            <numerusform>… و%Ln نتائج أخرى.</numerusform>
            <numerusform>… و%Ln نتيجةً أخرى.</numerusform>
            <numerusform>… و%Ln نتيجة أخرى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskEditor</name>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>{0} pts</source>
        <translation>‏{0} نقطة</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>العامل</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>الوزن</translation>
    </message>
    <message>
        <source>Stable from</source>
        <translation>مستقر من</translation>
    </message>
    <message>
        <source>Stable to</source>
        <translation>مستقر حتى</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>المسافة</translation>
    </message>
    <message>
        <source>Next first</source>
        <translation>الأول بعده</translation>
    </message>
    <message>
        <source>The factor whose weight moves; the others keep their shares of the rest</source>
        <translation>العامل الذي يتغيّر وزنه؛ وتحتفظ العوامل الأخرى بحصصها مما تبقّى</translation>
    </message>
    <message>
        <source>The factor&apos;s current global weight</source>
        <translation>الوزن الكلي الحالي للعامل</translation>
    </message>
    <message>
        <source>Below this weight another option ranks first (— : not even at {0})</source>
        <translation>دون هذا الوزن يأتي خيار آخر في المرتبة الأولى (— : ولا حتى عند {0})</translation>
    </message>
    <message>
        <source>Above this weight another option ranks first (— : not even at {0})</source>
        <translation>فوق هذا الوزن يأتي خيار آخر في المرتبة الأولى (— : ولا حتى عند {0})</translation>
    </message>
    <message>
        <source>How far the weight is from the nearer end, in percentage points</source>
        <translation>بُعد الوزن عن أقرب الحدّين، بالنقاط المئوية</translation>
    </message>
    <message>
        <source>The option that ranks first beyond the nearer end</source>
        <translation>الخيار الذي يأتي في المرتبة الأولى بعد تجاوز أقرب الحدّين</translation>
    </message>
    <message>
        <source>Uniform over all weightings</source>
        <translation>منتظم على جميع الترجيحات</translation>
    </message>
    <message>
        <source>Around the current profile</source>
        <translation>حول ملف الترجيح الحالي</translation>
    </message>
    <message>
        <source>Larger stays closer to the profile&apos;s weights (Dirichlet concentration)</source>
        <translation>كلما كبرت القيمة بقيت العيّنات أقرب إلى أوزان ملف الترجيح (تركيز توزيع ديريكليه)</translation>
    </message>
    <message>
        <source>Up to {0} samples are repeated automatically after every change</source>
        <translation>يُعاد التشغيل تلقائيًا بعد كل تغيير ما دامت العيّنات لا تتجاوز {0}</translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation>البذرة نفسها تعطي النتيجة نفسها</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>لم يُشغَّل بعد.</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>&amp;الأوزان:</translation>
    </message>
    <message>
        <source>C&amp;oncentration:</source>
        <translation>&amp;التركيز:</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;العيّنات:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;البذرة:</translation>
    </message>
    <message>
        <source>Rank acceptability</source>
        <translation>مقبولية المرتبة</translation>
    </message>
    <message>
        <source>Central weights</source>
        <translation>الأوزان المركزية</translation>
    </message>
    <message>
        <source>Pairwise winning</source>
        <translation>التفوّق الزوجي</translation>
    </message>
    <message>
        <source>uniform over all weightings</source>
        <translation>منتظم على جميع الترجيحات</translation>
    </message>
    <message>
        <source>around the profile, concentration {0}</source>
        <translation>حول ملف الترجيح، التركيز {0}</translation>
    </message>
    <message numerus="yes">
        <source>Running %Ln sample(s)…</source>
        <translation>
            <numerusform>جارٍ التشغيل بلا عيّنات…</numerusform>
            <numerusform>جارٍ تشغيل عيّنة واحدة…</numerusform>
            <numerusform>جارٍ تشغيل عيّنتين…</numerusform>
            <numerusform>جارٍ تشغيل %Ln عيّنات…</numerusform>
            <numerusform>جارٍ تشغيل %Ln عيّنةً…</numerusform>
            <numerusform>جارٍ تشغيل %Ln عيّنة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Out of date: the model, profile, method or basis changed since this run. Press Run to update.</source>
        <translation>نتيجة قديمة: تغيّر النموذج أو ملف الترجيح أو الطريقة أو الأساس منذ هذا التشغيل. اضغط «تشغيل» للتحديث.</translation>
    </message>
    <message>
        <source>Ranked {0} weightings in {1} s.</source>
        <translation>اكتمل الترتيب لترجيحات عددها {0} في {1} ث.</translation>
    </message>
    <message>
        <source>Cancelled: the run stopped without a result.</source>
        <translation>أُلغي: توقّف التشغيل دون نتيجة.</translation>
    </message>
    <message>
        <source>The run failed: {0}</source>
        <translation>فشل التشغيل: {0}</translation>
    </message>
    <message>
        <source>Rank {0}</source>
        <translation>المرتبة {0}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Ahead of →</source>
        <translation>متقدّم على ←</translation>
    </message>
    <message>
        <source>{0} stays first whatever the weight of any single factor (the others rescaled in proportion).</source>
        <translation>يبقى {0} في المرتبة الأولى أيًّا كان وزن أي عامل منفرد (مع إعادة تحجيم العوامل الأخرى بالتناسب).</translation>
    </message>
    <message>
        <source>{0} stays first unless {1} is weighted above {2}; then {3} ranks first.</source>
        <translation>يبقى {0} في المرتبة الأولى ما لم يتجاوز وزن {1} القيمة {2}؛ وعندها يأتي {3} في المرتبة الأولى.</translation>
    </message>
    <message>
        <source>{0} stays first unless {1} is weighted below {2}; then {3} ranks first.</source>
        <translation>يبقى {0} في المرتبة الأولى ما لم ينخفض وزن {1} إلى ما دون {2}؛ وعندها يأتي {3} في المرتبة الأولى.</translation>
    </message>
    <message>
        <source>Its weight is now {0}, {1} away.</source>
        <translation>وزنه الآن {0}، على بُعد {1}.</translation>
    </message>
    <message>
        <source>{0} ranks first in {1} of the sampled weightings ({2} samples, {3}, seed {4}).</source>
        <translation>يأتي {0} في المرتبة الأولى في {1} من عيّنات الترجيح (العيّنات: {2}، {3}، البذرة: {4}).</translation>
    </message>
    <message>
        <source>Convergence: largest standard error of a share {0}</source>
        <translation>التقارب: أكبر خطأ معياري لإحدى الحصص {0}</translation>
    </message>
    <message>
        <source>; the first and second halves of the samples differ by at most {0}</source>
        <translation>؛ ولا يتجاوز الفرق بين النصفين الأول والثاني من العيّنات {0}</translation>
    </message>
    <message>
        <source>&amp;Weights and thresholds</source>
        <translation>&amp;الأوزان والعتبات</translation>
    </message>
    <message>
        <source>&amp;Tornado</source>
        <translation>&amp;مخطط الإعصار</translation>
    </message>
    <message>
        <source>&amp;Monte Carlo (SMAA)</source>
        <translation>&amp;مونت كارلو (SMAA)</translation>
    </message>
    <message>
        <source>On inherent risk (before controls).</source>
        <translation>على أساس المخاطر الكامنة (قبل الضوابط).</translation>
    </message>
    <message>
        <source> The window shows both bases; robustness is computed on residual risk.</source>
        <translation> تعرض النافذة الأساسين كليهما؛ وتُحسب المتانة على أساس المخاطر المتبقية.</translation>
    </message>
    <message>
        <source>On residual risk.</source>
        <translation>على أساس المخاطر المتبقية.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>No robustness analysis: {0}</source>
        <translation>لا يتوفر تحليل للمتانة: {0}</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>المتانة</translation>
    </message>
    <message>
        <source>&amp;Robustness…</source>
        <translation>&amp;المتانة…</translation>
    </message>
    <message>
        <source>Weight sweeps, thresholds, tornado and Monte Carlo rank acceptability</source>
        <translation>مسح الأوزان والعتبات ومخطط الإعصار ومقبولية المرتبة بطريقة مونت كارلو</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;العامل:</translation>
    </message>
    <message>
        <source>How far the lead of {0} moves when one input moves alone: each factor&apos;s weight by ±{1}% of itself (the others rescaled), each uncertain score across its low–high range. Widest first; left of the red line another option ranks first.</source>
        <translation>مدى تغيّر تقدّم {0} عندما يتغيّر مُدخل واحد بمفرده: وزن كل عامل بمقدار ±{1}% من قيمته (مع إعادة تحجيم العوامل الأخرى)، وكل درجة غير مؤكدة عبر مداها من الحد الأدنى إلى الحد الأعلى. الأعرض أولًا؛ وعلى يمين الخط الأحمر يأتي خيار آخر في المرتبة الأولى.</translation>
    </message>
</context>
<context>
    <name>Scales</name>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>المعنى</translation>
    </message>
</context>
<context>
    <name>ScalesEditor</name>
    <message>
        <source>Likelihood</source>
        <translation>الاحتمالية</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;التسمية:</translation>
    </message>
    <message>
        <source>W&amp;hat it means:</source>
        <translation>&amp;المعنى:</translation>
    </message>
    <message>
        <source>Choose a level to edit its texts in both languages.</source>
        <translation>اختر مستوى لتحرير نصوصه باللغتين.</translation>
    </message>
    <message>
        <source>What each level means. The labels name the levels wherever a likelihood or impact is picked or shown.</source>
        <translation>معنى كل مستوى. التسميات هي أسماء المستويات حيثما تُختار الاحتمالية أو الأثر أو تُعرض.</translation>
    </message>
    <message>
        <source>{0}, level {1}</source>
        <translation>‏{0}، المستوى {1}</translation>
    </message>
</context>
<context>
    <name>ScoreDelegate</name>
    <message>
        <source>Scale {0}–{1}</source>
        <translation>المقياس من {0} إلى {1}</translation>
    </message>
</context>
<context>
    <name>ScoreImportDialog</name>
    <message>
        <source>Import scores</source>
        <translation>استيراد الدرجات</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3}, {4}. Nothing changes until you apply.</source>
        <translation>‏{0}: {1}، {2}، {3}، {4}. لا يتغيّر شيء حتى تطبّق.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>‏%Ln تغييرات</numerusform>
            <numerusform>‏%Ln تغييرًا</numerusform>
            <numerusform>‏%Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln register field(s)</source>
        <translation>
            <numerusform>لا حقول من السجل</numerusform>
            <numerusform>حقل واحد من السجل</numerusform>
            <numerusform>حقلان من السجل</numerusform>
            <numerusform>‏%Ln حقول من السجل</numerusform>
            <numerusform>‏%Ln حقلًا من السجل</numerusform>
            <numerusform>‏%Ln حقل من السجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) coerced</source>
        <translation>
            <numerusform>لا قيم مُعدَّلة قسرًا</numerusform>
            <numerusform>قيمة واحدة مُعدَّلة قسرًا</numerusform>
            <numerusform>قيمتان مُعدَّلتان قسرًا</numerusform>
            <numerusform>‏%Ln قيم مُعدَّلة قسرًا</numerusform>
            <numerusform>‏%Ln قيمةً مُعدَّلة قسرًا</numerusform>
            <numerusform>‏%Ln قيمة مُعدَّلة قسرًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) rejected</source>
        <translation>
            <numerusform>لا خلايا مرفوضة</numerusform>
            <numerusform>خلية واحدة مرفوضة</numerusform>
            <numerusform>خليتان مرفوضتان</numerusform>
            <numerusform>‏%Ln خلايا مرفوضة</numerusform>
            <numerusform>‏%Ln خليةً مرفوضة</numerusform>
            <numerusform>‏%Ln خلية مرفوضة</numerusform>
        </translation>
    </message>
    <message>
        <source>raw weight → new profile “{0}”</source>
        <translation>الوزن الخام ← ملف ترجيح جديد «{0}»</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>العامل</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>المستورَد</translation>
    </message>
    <message>
        <source>Register changes</source>
        <translation>تغييرات السجل</translation>
    </message>
    <message>
        <source>Risk, control or level</source>
        <translation>الخطر أو الضابط أو المستوى</translation>
    </message>
    <message>
        <source>coerced</source>
        <translation>مُعدَّلة قسرًا</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Coerced and rejected cells</source>
        <translation>الخلايا المُعدَّلة قسرًا والمرفوضة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>الخلية</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>إضافة خيار</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Rename the selected option</source>
        <translation>إعادة تسمية الخيار المحدَّد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show the selected option&apos;s name and description, in both languages</source>
        <translation>اعرض اسم الخيار المحدد ووصفه، باللغتين</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Move the selected option one place earlier</source>
        <translation>تقديم الخيار المحدَّد موضعًا واحدًا</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>تأخير</translation>
    </message>
    <message>
        <source>Move the selected option one place later</source>
        <translation>تأخير الخيار المحدَّد موضعًا واحدًا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected option</source>
        <translation>حذف الخيار المحدَّد</translation>
    </message>
    <message>
        <source>Risk = likelihood × impact. Bands: {0}</source>
        <translation>الخطر = الاحتمالية × الأثر. النطاقات: {0}</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>خيار جديد</translation>
    </message>
    <message>
        <source>Rename option</source>
        <translation>إعادة تسمية الخيار</translation>
    </message>
    <message>
        <source>Option name:</source>
        <translation>اسم الخيار:</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>Likelihood {0} × impact {1} = risk {2} ({3})</source>
        <translation>الاحتمالية {0} × الأثر {1} = الخطر {2} ({3})</translation>
    </message>
    <message>
        <source>Value: {0}</source>
        <translation>القيمة: {0}</translation>
    </message>
    <message>
        <source>Range: {0} – {1}</source>
        <translation>المدى: من {0} إلى {1}</translation>
    </message>
    <message>
        <source>Evidence: {0}</source>
        <translation>الأدلة: {0}</translation>
    </message>
    <message>
        <source>A risk cell takes a likelihood and an impact.</source>
        <translation>تأخذ خلية الخطر احتماليةً وأثرًا.</translation>
    </message>
</context>
<context>
    <name>SwingDialog</name>
    <message>
        <source>Swing Weighting</source>
        <translation>ترجيح التأرجح</translation>
    </message>
    <message>
        <source>Imagine each criterion moving from its worst to its best level. Give the swing that matters most 100, then rate every other swing from 0 to 100 against it.</source>
        <translation>تخيّل كل معيار ينتقل من أسوأ مستوياته إلى أفضلها. أعطِ التأرجح الأهم 100، ثم قيّم كل تأرجح آخر من 0 إلى 100 مقارنةً به.</translation>
    </message>
    <message>
        <source>No swing is rated 100: rate the most important one 100.</source>
        <translation>لم يُعطَ أيّ تأرجح القيمة 100: أعطِ أهمّها 100.</translation>
    </message>
</context>
<context>
    <name>TextsDialog</name>
    <message>
        <source>Each text is saved when you leave its field; Edit ▸ Undo takes it back. An empty field shows the other language&apos;s text in its place.</source>
        <translation>يُحفظ كل نص حين تغادر حقله، و«تحرير ▸ تراجع» يعيده كما كان. وحيث يبقى الحقل فارغًا يظهر نص اللغة الأخرى مكانه.</translation>
    </message>
</context>
<context>
    <name>WeightEditor</name>
    <message>
        <source>Select a criterion to weight it.</source>
        <translation>اختر معيارًا لترجيحه.</translation>
    </message>
    <message>
        <source>Local weight</source>
        <translation>الوزن المحلي</translation>
    </message>
    <message>
        <source>Local weight in percent</source>
        <translation>الوزن المحلي بالنسبة المئوية</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;تثبيت</translation>
    </message>
    <message>
        <source>A locked weight keeps its share when a sibling&apos;s weight changes</source>
        <translation>يحتفظ الوزن المثبَّت بحصته عندما يتغيّر وزن أحد نظرائه</translation>
    </message>
    <message>
        <source>Weigh the group by:</source>
        <translation>رجّح المجموعة بـ:</translation>
    </message>
    <message>
        <source>Points…</source>
        <translation>النقاط…</translation>
    </message>
    <message>
        <source>Share 100 points among the criteria of the group</source>
        <translation>توزيع 100 نقطة على معايير المجموعة</translation>
    </message>
    <message>
        <source>Swing…</source>
        <translation>التأرجح…</translation>
    </message>
    <message>
        <source>Rate each criterion&apos;s worst-to-best swing</source>
        <translation>تقييم تأرجح كل معيار من الأسوأ إلى الأفضل</translation>
    </message>
    <message>
        <source>AHP…</source>
        <translation>‏AHP…</translation>
    </message>
    <message>
        <source>Compare the criteria of the group in pairs</source>
        <translation>مقارنة معايير المجموعة زوجًا زوجًا</translation>
    </message>
    <message>
        <source>Local weight of {0}</source>
        <translation>الوزن المحلي لـ {0}</translation>
    </message>
</context>
<context>
    <name>WeightingDialog</name>
    <message>
        <source>Weights within: {0}</source>
        <translation>الأوزان ضمن: {0}</translation>
    </message>
</context>
</TS>
