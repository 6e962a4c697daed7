package io.lsql.ui.editor;

import io.lsql.core.sql.QueryHistory;
import io.lsql.core.sample.SampleQuery;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The editor's side panel: sample queries by technique with their hints, and the searchable history. */
final class SamplesAndHistory extends TabPane {

    private final Label sampleHint = new Label("Select a sample to read what it demonstrates; double-click opens it.");

    /** @param open opens a text in a new editor tab, with a title */
    SamplesAndHistory(SqlEditorViewModel vm, BiConsumer<String, String> open) {
        getTabs().addAll(new Tab("Samples", samples(vm, open)), new Tab("History", history(vm, open)));
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
    }

    /** The samples grouped by technique (they are read in the background, so this runs again when they arrive). */
    private static void showSamples(TreeView<Object> tree, List<SampleQuery> samples) {
        Map<String, TreeItem<Object>> groups = new LinkedHashMap<>();
        tree.getRoot().getChildren().clear();
        for (SampleQuery sample : samples) {
            groups.computeIfAbsent(sample.technique(), t -> {
                TreeItem<Object> group = new TreeItem<>(t);
                group.setExpanded(true);
                tree.getRoot().getChildren().add(group);
                return group;
            }).getChildren().add(new TreeItem<>(sample));
        }
    }

    private VBox samples(SqlEditorViewModel vm, BiConsumer<String, String> open) {
        TreeView<Object> tree = new TreeView<>(new TreeItem<>("Samples"));
        tree.setId("sample-tree");
        tree.setShowRoot(false);
        showSamples(tree, vm.samples);
        vm.samples.addListener((javafx.collections.ListChangeListener<SampleQuery>) change -> showSamples(tree, vm.samples));
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item instanceof SampleQuery s ? s.file().replace(".sql", "") : item.toString());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() instanceof SampleQuery s) {
                sampleHint.setText(s.pattern() + "\n" + s.keys() + "\n\n" + s.hint());
            }
        });
        Runnable openSelected = () -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() instanceof SampleQuery s) {
                open.accept(s.sql(), s.file().replace(".sql", ""));
            }
        };
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected.run();
            }
        });
        sampleHint.setWrapText(true);
        sampleHint.setId("sample-hint");
        ScrollPane hintScroll = new ScrollPane(sampleHint);
        hintScroll.setFitToWidth(true);
        hintScroll.setPrefHeight(190);
        hintScroll.setMinHeight(190);
        Button openSample = new Button("Open in a new tab");
        openSample.setId("sample-open");
        openSample.setOnAction(e -> openSelected.run());
        VBox box = new VBox(8, tree, openSample, hintScroll);
        VBox.setVgrow(tree, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private static VBox history(SqlEditorViewModel vm, BiConsumer<String, String> open) {
        TextField search = new TextField();
        search.setPromptText("Search history");
        search.setId("history-search");
        search.textProperty().bindBidirectional(vm.history.filter);
        ListView<QueryHistory.Entry> list = new ListView<>(vm.history.entries);
        list.setId("history-list");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(QueryHistory.Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : (entry.error() == null ? "" : "✗ ") + entry.sql().lines().findFirst().orElse("")
                        + "\n" + entry.time().replace('T', ' ').substring(0, 19) + " · " + entry.rows() + " rows");
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem().sql() + "\n", "History");
            }
        });
        VBox box = new VBox(8, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }
}
