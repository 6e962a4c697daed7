package io.lsql.ui.patterns;

import javafx.scene.Node;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The Patterns pane's files, picked with file choosers over the pane's window. */
final class PatternFileChoosers implements PatternFiles {

    private final Node owner;

    PatternFileChoosers(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openPatterns() {
        return path(chooser("Open access patterns", "Patterns (JSON)", "*.json").showOpenDialog(owner.getScene().getWindow()));
    }

    @Override
    public Optional<Path> savePatterns(String suggested) {
        FileChooser chooser = chooser("Save the access patterns", "Patterns (JSON)", "*.json");
        chooser.setInitialFileName(suggested);
        return path(chooser.showSaveDialog(owner.getScene().getWindow()));
    }

    @Override
    public Optional<Path> harvestFile() {
        FileChooser chooser = chooser("Harvest from a log or a .sql file", "Logs and SQL", "*.log", "*.sql");
        return path(chooser.showOpenDialog(owner.getScene().getWindow()));
    }

    private static FileChooser chooser(String title, String filterName, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(filterName, patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Optional<Path> path(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
