package io.lsql.ui.reports;

import io.lsql.core.report.ReportFormat;
import javafx.scene.Node;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The Reports pane's files, picked with file choosers over the pane's window. */
final class FileChoosers implements ReportFiles {

    private final Node owner;

    FileChoosers(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> exportTo(ReportFormat format, String suggestedName) {
        FileChooser chooser = chooser("Export the report as " + ExportBar.label(format), ExportBar.label(format), "*" + format.extension());
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner.getScene().getWindow()));
    }

    @Override
    public Optional<Path> openPlan() {
        return path(chooser("Open a migration plan", "Plan (JSON)", "*.json").showOpenDialog(owner.getScene().getWindow()));
    }

    @Override
    public Optional<Path> openModel() {
        return path(chooser("Import a NoSQL Workbench model", "NoSQL Workbench model (JSON)", "*.json")
                .showOpenDialog(owner.getScene().getWindow()));
    }

    @Override
    public Optional<Path> savePlan(String suggestedName) {
        FileChooser chooser = chooser("Save the plan", "Plan (JSON)", "*.json");
        chooser.setInitialFileName(suggestedName);
        return path(chooser.showSaveDialog(owner.getScene().getWindow()));
    }

    private static FileChooser chooser(String title, String filterName, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
