"""The report of an import: how many sites came in, and each rejected line with its reason."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:   # the importers load when used, not at every start
    from tl_desktop.io.importing import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, filename: str, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import de « {name} »").format(name=filename))
        summary = QLabel(self._summary(report), self)
        summary.setWordWrap(True)
        issues = [(self.tr("Rejetée"), i) for i in report.rejected] + [(self.tr("Avertissement"), i) for i in report.warnings]
        self.table = QTableWidget(len(issues), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Statut"), self.tr("Lieu"), self.tr("Motif")])
        for row, (status, issue) in enumerate(issues):
            reason = QCoreApplication.translate("tl_desktop", issue.template).format(**issue.args)
            line = QTableWidgetItem()
            line.setData(Qt.DisplayRole, issue.line)     # a number: line 10 sorts after line 9
            self.table.setItem(row, 0, line)
            for column, text in enumerate((status, issue.name, reason), start=1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if report.ignored_columns:
            ignored = QLabel(self.tr("Colonnes non reprises : {columns}").format(
                columns=", ".join(report.ignored_columns)), self)
            ignored.setWordWrap(True)
            ignored.setTextFormat(Qt.PlainText)   # column names come from the file
            layout.addWidget(ignored)
        if issues:
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(760, 420 if issues else 160)

    def _summary(self, report: ImportReport) -> str:
        parts = [self.tr("{imported} lieu(x) importé(s) sur {read} ligne(s) lue(s)").format(
            imported=report.imported, read=report.rows_read)]
        if report.duplicates:
            parts.append(self.tr("{n} déjà présent(s) dans le catalogue").format(n=report.duplicates))
        if report.rejected:
            parts.append(self.tr("{n} ligne(s) rejetée(s)").format(n=len(report.rejected)))
        if report.warnings:
            parts.append(self.tr("{n} avertissement(s)").format(n=len(report.warnings)))
        return ", ".join(parts) + "."
