package io.lsql.ui.patterns;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.Harvest;
import io.lsql.core.patterns.HarvestOptions;
import io.lsql.core.patterns.PatternCheck;
import io.lsql.core.patterns.PatternGrouper;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.patterns.PatternParser;
import io.lsql.core.patterns.PatternSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.patterns.PatternsJson;
import io.lsql.core.patterns.RawStatement;
import io.lsql.core.schema.Schema;
import io.lsql.ui.AppState;
import io.lsql.ui.common.PaneTasks;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Patterns pane's list: the access patterns as one {@link PatternsFile} (harvested from the connection, opened, or
 * typed in), edited in place (add, remove, weight and peak rate) and saved where the user says. Reading the server, the
 * files and parsing run in the background; every outcome is one sentence in {@link #message}.
 */
public final class PatternsViewModel {

    private final AppState state;
    private final PatternHarvester harvester;
    private final PaneTasks background;

    /** The patterns as the file would hold them; {@code null} until harvested, opened or typed. */
    public final ObjectProperty<PatternsFile> patterns = new SimpleObjectProperty<>();
    public final ObservableList<AccessPattern> rows = FXCollections.observableArrayList();
    /** The harvest's notes (fallbacks, statements left out) or an opened file's problems against the schema. */
    public final ObservableList<String> notes = FXCollections.observableArrayList();
    public final ObjectProperty<HarvestOptions.From> from = new SimpleObjectProperty<>(HarvestOptions.From.AUTO);
    /** The log or .sql file to harvest from (needed for a .sql file, optional for the logs). */
    public final ObjectProperty<Path> harvestFile = new SimpleObjectProperty<>();
    public final BooleanProperty samples = new SimpleBooleanProperty(true);
    public final StringProperty peakFactor = new SimpleStringProperty(format(HarvestOptions.DEFAULT_PEAK_FACTOR));
    /** The patterns file opened or saved last. */
    public final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    public final StringProperty message = new SimpleStringProperty("Harvest the patterns from the connection, or open a patterns.json.");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    public final ObjectProperty<PatternFiles> files = new SimpleObjectProperty<>();

    public PatternsViewModel(AppState state, TaskRunner tasks, PatternHarvester harvester) {
        this.state = state;
        this.harvester = harvester;
        this.background = new PaneTasks(tasks, busy, message, failure);
        patterns.addListener((o, old, now) -> rows.setAll(now == null ? List.of() : now.patterns()));
    }

    /** Harvests the current connection's patterns in the background, as {@link #from} and the options say. */
    public void harvest() {
        JdbcSource jdbc = state.mysqlProperty().get();
        if (jdbc == null) {
            message.set("Connect to MySQL first: the patterns are harvested from its database.");
            return;
        }
        options().ifPresent(chosen -> background.run("Harvest access patterns", () -> harvester.harvest(jdbc, chosen),
                this::harvested));
    }

    private void harvested(Harvest harvest) {
        patterns.set(PatternsFile.of(harvest));
        notes.setAll(harvest.notes());
        long unparsed = harvest.patterns().stream().filter(p -> !p.shape().parsed()).count();
        message.set("Harvested " + harvest.patterns().size() + " pattern(s) from " + harvest.schema()
                + (unparsed == 0 ? "." : ", " + unparsed + " of them unparsed (in red)."));
    }

    private Optional<HarvestOptions> options() {
        Double factor = number(peakFactor.get());
        if (factor == null || factor < 1.0) {
            message.set("The peak factor must be a number of at least 1, not '" + peakFactor.get() + "'.");
            return Optional.empty();
        }
        if (from.get() == HarvestOptions.From.FILE && harvestFile.get() == null) {
            message.set("Choose the .sql file to harvest from first.");
            return Optional.empty();
        }
        boolean log = from.get() == HarvestOptions.From.GENERAL_LOG || from.get() == HarvestOptions.From.SLOW_LOG;
        Path file = from.get() == HarvestOptions.From.FILE || log ? harvestFile.get() : null;
        return Optional.of(new HarvestOptions(from.get(), file, samples.get(), factor));
    }

    /** Lets the user pick the log or .sql file to harvest from. */
    public void chooseHarvestFile() {
        files.get().harvestFile().ifPresent(harvestFile::set);
    }

    /** Opens a patterns.json; with a schema in view, each pattern is parsed again and its problems listed in the notes. */
    public void open() {
        Optional<Path> chosen = files.get().openPatterns();
        Schema schema = state.schemaProperty().get();
        chosen.ifPresent(file -> background.run("Open " + file.getFileName(), () -> {
            PatternsFile read = PatternsJson.read(file);
            if (schema == null) {
                return new Opened(read, List.of());
            }
            PatternCheck.Result checked = new PatternCheck().check(read, schema);
            List<String> problems = new ArrayList<>(checked.problems());
            if (!read.schema().equals(schema.name())) {
                problems.add(0, file.getFileName() + " holds the patterns of " + read.schema() + "; the schema in view is "
                        + schema.name() + ".");
            }
            return new Opened(new PatternsFile(read.patternsVersion(), read.schema(), checked.patterns()), problems);
        }, (Opened opened) -> {
            patterns.set(opened.file());
            notes.setAll(opened.problems());
            path.set(file);
            message.set("Opened " + file + ": " + opened.file().patterns().size() + " pattern(s)"
                    + (opened.problems().isEmpty() ? "." : ", " + opened.problems().size() + " problem(s) in the notes."));
        }));
    }

    /** A patterns file as read, its shapes parsed again against the schema in view, and its problems there. */
    private record Opened(PatternsFile file, List<String> problems) {
    }

    /** Saves the patterns where the user says: the file is theirs to edit, keep and give to {@code lsql}. */
    public void save() {
        PatternsFile current = patterns.get();
        if (current == null) {
            message.set("There are no patterns to save yet: harvest or open some first.");
            return;
        }
        String suggested = path.get() == null ? "patterns.json" : path.get().getFileName().toString();
        files.get().savePatterns(suggested).ifPresent(file -> background.run("Save " + file.getFileName(), () -> {
            PatternsJson.write(current, file);
            return file;
        }, (Path saved) -> {
            path.set(saved);
            message.set("Saved " + current.patterns().size() + " pattern(s) to " + saved + ".");
        }));
    }

    /**
     * Adds a typed statement, parsed against the schema in view in the background. A statement the parser can't read is
     * kept, like a harvested one, with its reason; the message says it.
     */
    public void add(String sql) {
        Schema schema = state.schemaProperty().get();
        if (sql == null || sql.isBlank()) {
            message.set("Type a statement to add first.");
            return;
        }
        if (schema == null) {
            message.set("Connect to MySQL first: a statement is parsed against its schema.");
            return;
        }
        background.run("Parse a statement", () -> typed(sql, schema), (AccessPattern added) -> {
            Optional<AccessPattern> same = rows.stream().filter(p -> p.id().equals(added.id())).findFirst();
            if (same.isPresent()) {
                message.set("That statement is already in the list as " + added.id() + ".");
                return;
            }
            PatternsFile current = patterns.get();
            List<AccessPattern> next = new ArrayList<>(current == null ? List.of() : current.patterns());
            next.add(added);
            patterns.set(new PatternsFile(PatternsFile.VERSION, current == null ? schema.name() : current.schema(), next));
            message.set(added.shape().parsed() ? "Added " + added.id() + ": " + ShapeSummary.of(added.shape()) + "."
                    : added.shape().unparsedReason());
        });
    }

    private static AccessPattern typed(String sql, Schema schema) {
        PatternGrouper one = new PatternGrouper(new PatternParser(schema), HarvestOptions.DEFAULT_PEAK_FACTOR);
        one.add(RawStatement.once(sql, PatternSource.TYPED));
        return one.patterns().stream().findFirst()
                .orElseThrow(() -> new LsqlException("The statement is empty once its comments are left out."));
    }

    public void remove(AccessPattern pattern) {
        if (pattern != null && patterns.get() != null) {
            replace(pattern.id(), p -> null);
            message.set("Removed " + pattern.id() + ".");
        }
    }

    /** Sets a pattern's weight from what the user typed: a number of zero or more, else one sentence and no change. */
    public boolean setWeight(String id, String text) {
        Double weight = number(text);
        if (weight == null || weight < 0) {
            message.set("The weight must be a number of zero or more, not '" + text + "'.");
            return false;
        }
        replace(id, p -> p.withWeight(weight));
        message.set(id + " now weighs " + format(weight) + ".");
        return true;
    }

    /** Sets a pattern's peak rate (runs per second): a number no lower than its average rate, else one sentence. */
    public boolean setPeakRate(String id, String text) {
        Double rate = number(text);
        AccessPattern pattern = rows.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (pattern == null) {
            return false;
        }
        if (rate == null || rate < pattern.averageRate()) {
            message.set("The peak rate of " + id + " must be a number of at least its average rate, "
                    + format(pattern.averageRate()) + "/s, not '" + text + "'.");
            return false;
        }
        replace(id, p -> p.withPeakRate(rate));
        message.set(id + " now peaks at " + format(rate) + "/s.");
        return true;
    }

    /** Rebuilds the file with pattern {@code id} changed ({@code null} removes it). */
    private void replace(String id, UnaryOperator<AccessPattern> change) {
        PatternsFile current = patterns.get();
        List<AccessPattern> next = new ArrayList<>();
        for (AccessPattern p : current.patterns()) {
            AccessPattern changed = p.id().equals(id) ? change.apply(p) : p;
            if (changed != null) {
                next.add(changed);
            }
        }
        patterns.set(new PatternsFile(current.patternsVersion(), current.schema(), next));
    }

    static Double number(String text) {
        try {
            double value = Double.parseDouble(text == null ? "" : text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
