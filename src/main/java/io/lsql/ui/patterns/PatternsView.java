package io.lsql.ui.patterns;

import atlantafx.base.theme.Styles;
import io.lsql.core.patterns.HarvestOptions;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Map;

/**
 * The Patterns pane: how to harvest and Harvest, Open and Save; the patterns table with Add and Remove and the harvest's
 * notes; below it the proposal made for these patterns.
 */
public final class PatternsView extends BorderPane {

    private static final Map<HarvestOptions.From, String> SOURCES = Map.of(
            HarvestOptions.From.AUTO, "digest, else general log",
            HarvestOptions.From.DIGEST, "performance_schema digests",
            HarvestOptions.From.GENERAL_LOG, "general log",
            HarvestOptions.From.SLOW_LOG, "slow log",
            HarvestOptions.From.FILE, ".sql file");

    private final PatternsViewModel vm;
    private final PatternTable table;

    public PatternsView(PatternsViewModel vm, Node proposal) {
        this.vm = vm;
        this.table = new PatternTable(vm);
        setId("patterns");
        if (vm.files.get() == null) {
            vm.files.set(new PatternFileChoosers(this));
        }
        setTop(toolbar());
        SplitPane split = new SplitPane(list(), proposal);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setCenter(split);
        Label message = new Label();
        message.setId("patterns-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        message.setPadding(new Insets(4, 12, 8, 12));
        setBottom(message);
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                ErrorDialog.show("Patterns", error);
                vm.failure.set(null);
            }
        });
    }

    private HBox toolbar() {
        Label title = new Label("Access patterns");
        title.getStyleClass().add(Styles.TITLE_4);
        Button harvest = new Button("Harvest", Icons.of(Icons.PLAY));
        harvest.setId("patterns-harvest");
        harvest.getStyleClass().add(Styles.ACCENT);
        harvest.setTooltip(new Tooltip("Read the statements the application runs from the current connection, in the background"));
        harvest.disableProperty().bind(vm.busy);
        harvest.setOnAction(e -> vm.harvest());
        Button open = new Button("Open…", Icons.of(Icons.OPEN));
        open.setId("patterns-open");
        open.setOnAction(e -> vm.open());
        Button save = new Button("Save…", Icons.of(Icons.SAVE));
        save.setId("patterns-save");
        save.disableProperty().bind(vm.patterns.isNull());
        save.setOnAction(e -> vm.save());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busy);
        HBox bar = new HBox(8, title);
        bar.getChildren().addAll(harvestOptions());
        bar.getChildren().addAll(harvest, open, save, working);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 6, 12));
        return bar;
    }

    /** Where to harvest from (and its file), the sample queries, the peak factor. */
    private List<Node> harvestOptions() {
        ComboBox<HarvestOptions.From> from = new ComboBox<>();
        from.getItems().setAll(HarvestOptions.From.values());
        from.setId("patterns-from");
        from.setConverter(new StringConverter<>() {
            @Override
            public String toString(HarvestOptions.From value) {
                return value == null ? "" : SOURCES.get(value);
            }

            @Override
            public HarvestOptions.From fromString(String text) {
                return vm.from.get();
            }
        });
        from.valueProperty().bindBidirectional(vm.from);
        from.setTooltip(new Tooltip("Where the statements come from: the digest table, a log (its table or a file you choose) or a .sql file"));
        Button file = new Button(null, Icons.of(Icons.OPEN));
        file.setId("patterns-harvest-file");
        file.getStyleClass().add(Styles.BUTTON_ICON);
        file.setTooltip(new Tooltip("Choose the log or .sql file to harvest from"));
        file.disableProperty().bind(vm.from.isEqualTo(HarvestOptions.From.AUTO).or(vm.from.isEqualTo(HarvestOptions.From.DIGEST)));
        file.setOnAction(e -> vm.chooseHarvestFile());
        Label chosen = new Label();
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.harvestFile.get() == null ? ""
                : vm.harvestFile.get().getFileName().toString(), vm.harvestFile));
        CheckBox samples = new CheckBox("samples");
        samples.selectedProperty().bindBidirectional(vm.samples);
        samples.setTooltip(new Tooltip("Also count the workshop's sample queries whose tables this schema has"));
        TextField peak = new TextField();
        peak.setId("patterns-peak-factor");
        peak.setPrefColumnCount(3);
        peak.textProperty().bindBidirectional(vm.peakFactor);
        peak.setTooltip(new Tooltip("Peak rate = this × the average rate"));
        return List.of(new Label("From"), from, file, chosen, samples, new Label("peak ×"), peak);
    }

    private VBox list() {
        TextField statement = new TextField();
        statement.setId("patterns-statement");
        statement.setPromptText("Type a statement the application runs, e.g. SELECT * FROM Orders WHERE cust_id = ?");
        HBox.setHgrow(statement, Priority.ALWAYS);
        Button add = new Button("Add", Icons.of(Icons.ADD));
        add.setId("patterns-add");
        add.setTooltip(new Tooltip("Parse the statement against the schema and add it to the list"));
        add.setOnAction(e -> vm.add(statement.getText()));
        statement.setOnAction(e -> vm.add(statement.getText()));
        Button remove = new Button("Remove");
        remove.setId("patterns-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(table.getSelectionModel().getSelectedItem()));
        ListView<String> notes = new ListView<>(vm.notes);
        notes.setId("patterns-notes");
        notes.setPrefHeight(60);
        notes.visibleProperty().bind(Bindings.isNotEmpty(vm.notes));
        notes.managedProperty().bind(notes.visibleProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox edit = new HBox(8, statement, add, remove);
        edit.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, table, edit, notes);
        box.setPadding(new Insets(0, 12, 6, 12));
        return box;
    }
}
