"""Which register rows show, and in what order: the proxy between the register table and its view.

Filters combine (all must hold): option, group, band on either basis, owner
(``""`` picks the risks nobody owns yet), status, and "overdue reviews only".
``None`` means "any". Sorting uses the table's :data:`SORT_ROLE`, so numbers
sort as numbers and bands in band order, not alphabetically.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.models.register_table import SORT_ROLE, RegisterTableModel


@dataclass(frozen=True)
class RegisterFilters:
    """What the analyst asked to see; None for "any"."""

    option: str | None = None  # option id
    group: str | None = None  # group criterion id ("" for factors at the top level)
    band: tuple[str, int] | None = None  # ("inherent" | "residual", band index)
    owner: str | None = None
    status: str | None = None
    overdue: bool = False

    @property
    def active(self) -> bool:
        """True when any filter narrows the rows."""
        return self != RegisterFilters()


class RegisterFilter(QSortFilterProxyModel):
    """Filters and sorts a :class:`RegisterTableModel`."""

    def __init__(self, source: RegisterTableModel, parent=None) -> None:
        super().__init__(parent)
        self.filters = RegisterFilters()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_filters(self, **changes) -> None:
        """Change some filters (keywords as :class:`RegisterFilters`' fields); the rows follow at once."""
        unknown = set(changes) - {f.name for f in fields(RegisterFilters)}
        if unknown:
            raise TypeError(f"unknown register filters: {sorted(unknown)}")
        new = replace(self.filters, **changes)
        if new != self.filters:
            self.beginFilterChange()
            self.filters = new
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        if not isinstance(source, RegisterTableModel) or source_parent.isValid():
            return False
        wanted, row = self.filters, source.row(source_row)
        group = row.group.id if row.group is not None else ""
        checks = (
            wanted.option is None or row.option.id == wanted.option,
            wanted.group is None or group == wanted.group,
            wanted.owner is None or row.entry.owner == wanted.owner,
            wanted.status is None or row.entry.status == wanted.status,
            not wanted.overdue or source.overdue(source_row),
            wanted.band is None or source.band(source_row, wanted.band[0] == "residual") == wanted.band[1],
        )
        return all(checks)
