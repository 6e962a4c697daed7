package io.lsql.ui.editor;

import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The virtual result grid: columns from the result, NULL shown apart from '', the next page fetched
 * when scrolled to the end, cells and rows copied as TSV or JSON.
 */
final class ResultGrid extends TableView<String[]> {

    private final SqlEditorViewModel vm;

    ResultGrid(SqlEditorViewModel vm) {
        this.vm = vm;
        setId("sql-results");
        setPlaceholder(new Label("No result yet"));
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        getSelectionModel().setCellSelectionEnabled(true);
        vm.columns.addListener((ListChangeListener<String>) c -> rebuildColumns());
        setItems(vm.rows);
        setContextMenu(copyMenu());
        skinProperty().addListener((o, old, skin) -> lookupAll(".scroll-bar").forEach(node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                bar.valueProperty().addListener((v, was, value) -> {
                    if (value.doubleValue() >= bar.getMax() * 0.95) {
                        vm.fetchMore();
                    }
                });
            }
        }));
    }

    private void rebuildColumns() {
        getColumns().clear();
        for (int i = 0; i < vm.columns.size(); i++) {
            int index = i;
            TableColumn<String[], String> column = new TableColumn<>(vm.columns.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().length ? c.getValue()[index] : null));
            column.setCellFactory(c -> new TableCell<>() {
                @Override
                protected void updateItem(String value, boolean empty) {
                    super.updateItem(value, empty);
                    getStyleClass().remove("null-cell");
                    if (empty) {
                        setText(null);
                    } else if (value == null) {
                        setText("NULL");
                        getStyleClass().add("null-cell");
                    } else {
                        setText(value);
                    }
                }
            });
            column.setPrefWidth(130);
            getColumns().add(column);
        }
    }

    private ContextMenu copyMenu() {
        MenuItem cell = new MenuItem("Copy cells");
        cell.setOnAction(e -> copy(cellsTsv()));
        MenuItem tsv = new MenuItem("Copy rows as TSV");
        tsv.setOnAction(e -> copy(rowsTsv()));
        MenuItem json = new MenuItem("Copy rows as JSON");
        json.setOnAction(e -> copy(rowsJson()));
        return new ContextMenu(cell, tsv, json);
    }

    private List<String[]> selectedRows() {
        return getSelectionModel().getSelectedCells().stream().map(p -> p.getRow()).distinct().sorted()
                .map(vm.rows::get).toList();
    }

    String cellsTsv() {
        return getSelectionModel().getSelectedCells().stream()
                .map(p -> String.valueOf(vm.rows.get(p.getRow())[p.getColumn()])).collect(Collectors.joining("\t"));
    }

    String rowsTsv() {
        StringBuilder sb = new StringBuilder(String.join("\t", vm.columns)).append('\n');
        for (String[] row : selectedRows()) {
            sb.append(Arrays.stream(row).map(v -> v == null ? "NULL" : v).collect(Collectors.joining("\t"))).append('\n');
        }
        return sb.toString();
    }

    /** Rows as JSON objects; SQL NULL becomes JSON null. */
    String rowsJson() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String[] row : selectedRows()) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < vm.columns.size(); i++) {
                map.put(vm.columns.get(i), row[i]);
            }
            out.add(map);
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (IOException e) {
            return "";
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
