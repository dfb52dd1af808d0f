"""SMAA-2: how often each option takes each rank over plausible weights and scores.

Stochastic multicriteria acceptability analysis after Lahdelma & Salminen,
"SMAA-2: Stochastic multicriteria acceptability analysis for group decision
making", Operations Research 49(3):444–454, 2001.  Weight vectors come from
a sampler (:mod:`core.sensitivity.sampling`; uniform over the simplex by
default), score tables from the scores' low/high ranges when the model has
any; every sample is ranked by the study's method and counted
(:mod:`core.sensitivity.counting`, which splits tied ranks).  The result:

* acceptability b_i^r, the share of samples in which option i takes rank r;
  every row and every column sums to 1;
* central weights w_i^c, the mean (normalised) weight vector of the samples
  in which option i ranks first; NaN where b_i^1 = 0;
* confidence p_i^c, the share of score tables in which option i, weighted by
  its central weights, ranks first; NaN where b_i^1 = 0.  With exact scores
  there is one table, so p_i^c is 1 or 0 (1/g in a tie of g): 1 under the
  linear methods (WSM, WPM, PROMETHEE II), whose favourable weights form a
  convex set that holds its own centroid, and possibly 0 under TOPSIS or
  VIKOR, whose favourable set need not be convex;
* pairwise winning indices c_ik, the share of samples in which option i
  ranks ahead of option k (a tie is half a win each); counted up to
  PAIRWISE_MAX_OPTIONS options only (n² per sample), else None;
* convergence (:mod:`core.sensitivity.convergence`): the largest standard
  error of any acceptability index, and the largest change of an index
  between the first and the second half of the samples.

Work runs chunk by chunk; ``progress(fraction)`` and ``cancel()`` are called
between chunks, and a cancelled run raises
:class:`~core.sensitivity.progress.Cancelled`: a partial result is never
returned, so nothing half-counted reaches a view or a report.

With uncertain scores the score table is redrawn every ``block`` weight
samples (``block = ceil(samples / score_draws)``), so that every method,
TOPSIS and VIKOR included, scores a block with one batch call instead of one
call per sample.  Every sample still pairs a weight vector with a score
table from the right distributions, so the indices are unbiased; samples in
a block share their table, so the score uncertainty is explored by
``score_draws`` independent tables.  The seed feeds three independent
streams (weights, score tables, confidence tables): adding ranges to the
scores leaves the weight samples as they were.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.errors import Message, ModelError
from core.methods.base import rank_option_major
from core.methods.products import piece_rows
from core.sensitivity.convergence import Convergence, batch_bounds, convergence, merge
from core.sensitivity.counting import Tally, first_shares
from core.sensitivity.inputs import Study
from core.sensitivity.linear import LinearForm, linear_form
from core.sensitivity.progress import Cancel, Progress, scaled, step
from core.sensitivity.sampling import ScoreRanges, UniformSimplex, WeightSampler

# Weight rows per chunk: at most CHUNK, and no more than CHUNK_BYTES of them,
# so that a chunk stays a few megabytes on a model with many criteria.
CHUNK = 16384
CHUNK_BYTES = 2**24
SCORE_DRAWS = 1000
CONFIDENCE_DRAWS = 1000
# Share of the progress bar the confidence pass takes when it draws score tables.
CONFIDENCE_SHARE = 0.05
# Bounds on a run (README, "Sensitivity"): samples, options, and ranked
# option-samples (samples × options), so that every run ends in seconds to a
# minute; the pairwise table costs n² per sample and is left out above its size.
MAX_SAMPLES = 1_000_000
MAX_OPTIONS = 1_000
MAX_WORK = 50_000_000
PAIRWISE_MAX_OPTIONS = 200


@dataclass(frozen=True)
class SmaaInputs:
    """What to sample: the study, how many samples, the seed and the weight sampler.

    ``sampler`` None is uniform over the simplex.  With uncertain scores,
    ``score_draws`` score tables are drawn for the samples (one per block)
    and ``confidence_draws`` for the confidence factors.
    """

    study: Study
    samples: int = 10_000
    seed: int = 0
    sampler: WeightSampler | None = None
    score_draws: int = SCORE_DRAWS
    confidence_draws: int = CONFIDENCE_DRAWS


@dataclass(frozen=True)
class SmaaResult:
    """SMAA-2 indices; rows follow ``options``, weight columns follow ``criteria``.

    ``acceptability`` (n, n): column r is rank r + 1.  ``central_weights``
    (n, m) and ``confidence`` (n,) hold NaN for an option that never ranks
    first.  ``pairwise`` (n, n): share of samples in which the row option
    ranks ahead of the column option (0 on the diagonal).
    """

    method: str
    profile: str
    options: tuple[str, ...]
    criteria: tuple[str, ...]
    sampler: str
    samples: int
    seed: int
    uncertain: bool
    acceptability: np.ndarray
    central_weights: np.ndarray
    confidence: np.ndarray
    pairwise: np.ndarray | None
    convergence: Convergence


def run(inputs: SmaaInputs, progress: Progress | None = None, cancel: Cancel | None = None) -> SmaaResult:
    """Sample, rank and count; see the module docstring.  Raises Cancelled if ``cancel()`` says so."""
    _check(inputs)
    study = inputs.study
    streams = [np.random.default_rng(s) for s in np.random.SeedSequence(inputs.seed).spawn(3)]
    sampler = inputs.sampler or UniformSimplex(len(study.criteria))
    ranker = Ranker(study, inputs)
    share = 1.0 - CONFIDENCE_SHARE * study.uncertain
    batches = _count(inputs, sampler, ranker, streams, scaled(progress, 0.0, share), cancel)
    total = merge(batches)
    central = _central(total)
    confidence = _confidence(inputs, central, streams[2], scaled(progress, share, 1.0), cancel)
    return SmaaResult(study.method, study.profile, study.options, study.criteria, sampler.describe(),
                      total.samples, inputs.seed, study.uncertain, total.ranks / total.samples, central,
                      confidence, None if total.wins is None else total.wins / total.samples,
                      convergence(batches, total, study.uncertain, ranker.tables))


def _count(inputs: SmaaInputs, sampler: WeightSampler, ranker: Ranker, streams: list[np.random.Generator],
           progress: Progress | None, cancel: Cancel | None) -> list[Tally]:
    """Tallies of consecutive batches of the samples (for the convergence), chunk by chunk."""
    n, m = len(inputs.study.options), len(inputs.study.criteria)
    bounds = batch_bounds(inputs.samples)
    batches = [Tally(n, m, pairwise=n <= PAIRWISE_MAX_OPTIONS) for _ in bounds[1:]]
    for start in range(0, inputs.samples, ranker.chunk):
        stop = min(start + ranker.chunk, inputs.samples)
        weights = sampler.draw(streams[0], stop - start)
        ranks = ranker.ranks(weights, streams[1])
        for tally, low, high in zip(batches, bounds[:-1], bounds[1:]):
            part = slice(max(low, start) - start, min(high, stop) - start)
            if part.stop > part.start:
                tally.add(ranks[:, part], weights[part])
        step(progress, cancel, stop / inputs.samples)
    return batches


def _check(inputs: SmaaInputs) -> None:
    for name, least in (("samples", 1), ("score_draws", 1), ("confidence_draws", 1), ("seed", 0)):
        value = getattr(inputs, name)
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least:
            raise ModelError(Message("messages.sensitivity.smaa_whole", name=name.replace("_", " "), least=least,
                                     value=repr(value)))
    check_bounds(inputs.samples, len(inputs.study.options))


def check_bounds(samples: int, options: int) -> None:
    """ModelError with the reason when a run of ``samples`` over ``options`` is beyond the bounds."""
    if samples > MAX_SAMPLES:
        raise ModelError(Message("messages.sensitivity.smaa_samples", samples=samples, limit=MAX_SAMPLES))
    if options > MAX_OPTIONS:
        raise ModelError(Message("messages.sensitivity.smaa_options", options=options, limit=MAX_OPTIONS))
    if samples * options > MAX_WORK:
        raise ModelError(Message("messages.sensitivity.smaa_work", samples=samples, options=options, limit=MAX_WORK,
                                 most=MAX_WORK // options))


class Ranker:
    """Ranks (n, c) of chunks of weight rows under the study's method, with sampled scores if any.

    A linear method is scored by one small matrix product per piece of the
    chunk (:mod:`core.sensitivity.linear`); any other through the method's
    batch call.  Uncertain scores are redrawn every ``block`` samples.
    """

    def __init__(self, study: Study, inputs: SmaaInputs) -> None:
        n, m = len(study.options), len(study.criteria)
        self.study = study
        self.form = linear_form(study)
        self.ranges = ScoreRanges(study.problem.matrix, study.low, study.high) if study.uncertain else None
        rows = min(CHUNK, max(256, CHUNK_BYTES // (8 * (m + n))))
        self.block = math.ceil(inputs.samples / inputs.score_draws) if self.ranges else rows
        self.chunk = self.block * max(1, rows // self.block)
        self.dtype = np.uint8 if n < 255 else np.uint16 if n < 65535 else np.int64
        # The general path keeps each batch call small too (see core.methods.products).
        self.piece = piece_rows(2 * n, m) if self.form is None else self.chunk
        self.tables = 0

    def ranks(self, weights: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """Option-major ranks of the weight rows (c, m)."""
        c = weights.shape[0]
        out = np.empty((len(self.study.options), c), dtype=self.dtype)
        for start in range(0, c, self.block):
            part = slice(start, min(start + self.block, c))
            table = None
            if self.ranges is not None:
                table = self.ranges.draw(rng)
                self.tables += 1
            self._rank(weights[part], table, out[:, part])
        return out

    def _rank(self, weights: np.ndarray, table: np.ndarray | None, out: np.ndarray) -> None:
        form = self.form
        if form is not None and table is not None:
            form = linear_form(self.study, table, check=False)
        if isinstance(form, LinearForm):
            scores = form.option_major(weights, np.empty(out.shape))
            # Ties as the method judges them: on its own scale (raw WSM: the
            # largest value; normalised scores, net flows, log-products: 1).
            scale = self.study.baseline.extra.get("tie_scale", 1.0)
            scale = float(scale) if isinstance(scale, (int, float)) else 1.0
            rank_option_major(scores, self.study.better, scale, out=out)
            return
        for start in range(0, weights.shape[0], self.piece):
            part = slice(start, start + self.piece)
            out[:, part] = self.study.run(weights[part], table).ranks.T


def _central(total: Tally) -> np.ndarray:
    firsts = total.ranks[:, 0]
    central = np.full(total.first_weights.shape, np.nan)
    have = firsts > 0
    central[have] = total.first_weights[have] / firsts[have, None]
    return central


def _confidence(inputs: SmaaInputs, central: np.ndarray, rng: np.random.Generator,
                progress: Progress | None, cancel: Cancel | None) -> np.ndarray:
    """Share of score tables in which each option, under its central weights, ranks first."""
    study = inputs.study
    owners = np.flatnonzero(~np.isnan(central[:, 0]))
    confidence = np.full(len(study.options), np.nan)
    if not owners.size:
        return confidence
    if not study.uncertain:
        confidence[owners] = _first_under_own_weights(study, central[owners], owners, None)
        return confidence
    ranges = ScoreRanges(study.problem.matrix, study.low, study.high)
    wins = np.zeros(owners.size)
    for draw in range(inputs.confidence_draws):
        wins += _first_under_own_weights(study, central[owners], owners, ranges.draw(rng))
        if (draw + 1) % 50 == 0:
            step(progress, cancel, (draw + 1) / inputs.confidence_draws)
    confidence[owners] = wins / inputs.confidence_draws
    return confidence


def _first_under_own_weights(study: Study, weights: np.ndarray, owners: np.ndarray,
                             table: np.ndarray | None) -> np.ndarray:
    """Each owner's share of first place when ranked under its own row of ``weights``."""
    shares = first_shares(study.run(weights, table).ranks.T)
    return shares[owners, np.arange(owners.size)]
