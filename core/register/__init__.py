"""The risk register as immutable values: entries, controls, descriptor scales.

A :class:`Register` rides on a :class:`core.model.DecisionModel`
(``model.register``). It adds, per risk cell (option × factor), what a risk
register row holds (:class:`RiskEntry`); the :class:`Control` objects that
lower a cell's likelihood or impact by whole levels (:class:`Effect`); and the
:class:`Scales` that say what each level 1–5 of likelihood and impact means.

The residual rule (:mod:`core.register.residual`): a cell's residual
likelihood is its inherent likelihood minus the levels of every control that
counts (in place, plus planned ones when ``include_planned`` is set), never
below 1; the same for impact. Only likelihood × impact cells have residuals;
a direct-value factor is the same on both bases.

Dates are ISO ``YYYY-MM-DD`` text (empty when not set); nothing here reads the
clock: whoever asks "is the review overdue?" passes today's date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from core.texts import Translations, rewritten

TREATMENTS = ("treat", "tolerate", "transfer", "terminate")  # "" = not decided yet
STATUSES = ("open", "monitoring", "closed")
CONTROL_STATUSES = ("in place", "planned")
LEVELS = 5  # likelihood and impact run 1–5; an effect lowers a level by 0–4

DEFAULT_LIKELIHOOD = (
    ("Rare", "Not expected over the planning horizon; it would take an exceptional turn (under 10 %)."),
    ("Unlikely", "Could happen, but the evidence points the other way (10–30 %)."),
    ("Possible", "As likely as not on present evidence (30–60 %)."),
    ("Likely", "Expected unless something changes (60–90 %)."),
    ("Almost certain", "Already under way or all but certain (over 90 %)."),
)
DEFAULT_IMPACT = (
    ("Negligible", "Absorbed by normal government business; no lasting effect."),
    ("Minor", "A setback one ministry or region can contain within months."),
    ("Moderate", "A national setback that needs a policy response and takes a year or more to repair."),
    ("Major", "Damages the state's security, economy or standing for years; outside help needed."),
    ("Severe", "Threatens the state's stability or sovereignty; hard to reverse."),
)

# The same scales in Arabic, carried by the default levels as their translations (core.bilingual).
DEFAULT_LIKELIHOOD_AR = (
    ("نادر", "غير متوقَّع ضمن أفق التخطيط؛ لا يقع إلا بتحوّل استثنائي (أقل من 10%)."),
    ("غير محتمل", "قد يقع، لكن الأدلة تشير إلى خلاف ذلك (من 10% إلى 30%)."),
    ("ممكن", "وقوعه وعدم وقوعه متكافئان وفق الأدلة الحالية (من 30% إلى 60%)."),
    ("محتمل", "متوقَّع ما لم يتغيّر شيء (من 60% إلى 90%)."),
    ("شبه مؤكد", "جارٍ بالفعل أو يكاد يكون مؤكدًا (أكثر من 90%)."),
)
DEFAULT_IMPACT_AR = (
    ("ضئيل", "تستوعبه الأعمال الحكومية الاعتيادية؛ ولا يخلّف عواقب دائمة."),
    ("طفيف", "انتكاسة تستطيع وزارة واحدة أو منطقة واحدة احتواءها في غضون أشهر."),
    ("معتدل", "انتكاسة على المستوى الوطني تستدعي استجابة على صعيد السياسات، ويستغرق إصلاحها عامًا أو أكثر."),
    ("كبير", "يُلحق الضرر بأمن الدولة أو اقتصادها أو مكانتها لسنوات؛ ويستلزم عونًا خارجيًا."),
    ("جسيم", "يهدّد استقرار الدولة أو سيادتها؛ ويصعب تداركه."),
)


@dataclass(frozen=True)
class RiskEntry:
    """The register fields of one risk cell (option × factor).

    ``statement`` reads cause → event → consequence; ``treatment`` is one of
    :data:`TREATMENTS` or empty; ``status`` one of :data:`STATUSES`;
    ``due`` and ``review`` are ISO dates or empty.
    """

    statement: str = ""
    owner: str = ""
    treatment: str = ""
    action: str = ""
    due: str = ""
    status: str = "open"
    review: str = ""
    translations: Translations = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing was filled in (such entries are not stored)."""
        return self == RiskEntry()

    def replace(self, **changes) -> RiskEntry:
        """A copy with ``changes`` applied (an edited text is the model language's: :func:`core.texts.rewritten`)."""
        return rewritten(self, changes)


@dataclass(frozen=True)
class Effect:
    """How many levels a control lowers one cell's likelihood and impact (0–4 each)."""

    option: str
    factor: str
    likelihood: int = 0
    impact: int = 0


@dataclass(frozen=True)
class Control:
    """A measure that lowers risks: who owns it, whether it is in place, where it acts.

    ``status`` is one of :data:`CONTROL_STATUSES`; ``evidence`` cites the
    source (e.g. a section of the paper); ``effects`` lists the cells it acts
    on, at most one :class:`Effect` per (option, factor).
    """

    id: str
    name: str
    description: str = ""
    owner: str = ""
    status: str = "in place"
    evidence: str = ""
    effects: tuple[Effect, ...] = ()
    translations: Translations = ()

    def effect(self, option: str, factor: str) -> Effect | None:
        """This control's effect on one cell, or None."""
        for effect in self.effects:
            if effect.option == option and effect.factor == factor:
                return effect
        return None

    def replace(self, **changes) -> Control:
        """A copy with ``changes`` applied (an edited text is the model language's: :func:`core.texts.rewritten`)."""
        return rewritten(self, changes)


@dataclass(frozen=True)
class Level:
    """What one level of a descriptor scale means: a short label and a description."""

    label: str
    description: str = ""
    translations: Translations = ()


def default_levels(axis: str, language: str = "en") -> tuple[Level, ...]:
    """The default levels of ``axis`` ("likelihood" or "impact") written in ``language``, the other one's
    texts as their translations (the field layout of :mod:`core.bilingual`)."""
    english, arabic = (DEFAULT_LIKELIHOOD, DEFAULT_LIKELIHOOD_AR) if axis == "likelihood" \
        else (DEFAULT_IMPACT, DEFAULT_IMPACT_AR)
    own, other = (arabic, english) if language == "ar" else (english, arabic)
    return tuple(Level(label, text, (("description", other_text), ("label", other_label)))
                 for (label, text), (other_label, other_text) in zip(own, other))


@dataclass(frozen=True)
class Scales:
    """The descriptor scales: five :class:`Level` objects each for likelihood and impact (level 1 first)."""

    likelihood: tuple[Level, ...] = field(default_factory=lambda: default_levels("likelihood"))
    impact: tuple[Level, ...] = field(default_factory=lambda: default_levels("impact"))

    def replace(self, **changes) -> Scales:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Register:
    """The register of a model: entries by (option id, factor id), controls, scales.

    ``include_planned`` says whether planned controls count towards residual
    risk (in-place controls always do). A model saved before registers
    existed loads with ``Register()``: no entries, no controls, default scales.
    """

    entries: Mapping[tuple[str, str], RiskEntry] = field(default_factory=lambda: MappingProxyType({}))
    controls: tuple[Control, ...] = ()
    scales: Scales = field(default_factory=Scales)
    include_planned: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.entries, MappingProxyType):
            object.__setattr__(self, "entries", MappingProxyType(dict(self.entries)))

    def entry(self, option: str, factor: str) -> RiskEntry:
        """The entry of one cell (an empty one when none was given)."""
        return self.entries.get((option, factor), RiskEntry())

    def control(self, control_id: str) -> Control | None:
        """The control with ``control_id``, or None."""
        for control in self.controls:
            if control.id == control_id:
                return control
        return None

    def counts(self, control: Control) -> bool:
        """True when ``control`` lowers residual risk under this register's setting."""
        return control.status == "in place" or (self.include_planned and control.status == "planned")

    def replace(self, **changes) -> Register:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)
