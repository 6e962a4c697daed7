package io.lsql.ui.reports;

import io.lsql.core.report.ReportFormat;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Reports pane reads and writes files: file choosers in the window, fixed paths in tests. Empty when the
 * user cancels.
 */
public interface ReportFiles {

    Optional<Path> exportTo(ReportFormat format, String suggestedName);

    Optional<Path> openPlan();

    Optional<Path> openModel();

    Optional<Path> savePlan(String suggestedName);
}
