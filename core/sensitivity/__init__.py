"""Robustness of a ranking: sweeps, thresholds, tornado and SMAA (DESIGN.md: pure computations).

Build a :class:`Study` from a model, a profile and a method with
:func:`study`; every analysis reads it and returns plain dataclasses of
numpy arrays that a view or a report can draw:

* :func:`core.sensitivity.sweeps.sweeps` — every option's score as one
  weight runs from 0 to 1;
* :func:`core.sensitivity.thresholds.thresholds` — each weight's stability
  interval and the option first beyond it;
* :func:`core.sensitivity.tornado.tornado` — score and lead swings per
  weight and per uncertain score;
* :func:`run_smaa` — SMAA-2 acceptability, central weights, confidence,
  pairwise winning indices, as ``run(inputs, progress, cancel)``;
* :func:`run` — all four at once, for a worker thread.

Those three functions are imported from their modules: re-exported here
they would hide the modules of the same name.
"""

from core.sensitivity.convergence import Convergence
from core.sensitivity.inputs import Study, study
from core.sensitivity.progress import Cancelled
from core.sensitivity.robustness import Robustness, RobustnessInputs, run
from core.sensitivity.sampling import Bounded, Dirichlet, Fixed, UniformSimplex
from core.sensitivity.smaa import SmaaInputs, SmaaResult
from core.sensitivity.smaa import run as run_smaa
from core.sensitivity.sweeps import Sweep
from core.sensitivity.thresholds import Threshold
from core.sensitivity.tornado import Bar, Tornado

__all__ = ["Bar", "Bounded", "Cancelled", "Convergence", "Dirichlet", "Fixed", "Robustness", "RobustnessInputs",
           "SmaaInputs", "SmaaResult", "Study", "Sweep", "Threshold", "Tornado", "UniformSimplex", "run",
           "run_smaa", "study"]
