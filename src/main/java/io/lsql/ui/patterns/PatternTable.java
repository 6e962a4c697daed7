package io.lsql.ui.patterns;

import io.lsql.core.patterns.AccessPattern;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;

import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The patterns as a table: id, SQL, source, count, average and peak rate, weight and the shape in one line (the reason in
 * red for a statement the parser could not read). Weight and peak rate are edited in place; a value the ViewModel
 * refuses puts the old one back.
 */
final class PatternTable extends TableView<AccessPattern> {

    PatternTable(PatternsViewModel vm) {
        super(vm.rows);
        setId("patterns-table");
        setEditable(true);
        setPlaceholder(new Label("No patterns yet: Harvest reads them from the connection, Open reads a patterns.json."));
        getColumns().add(column("id", AccessPattern::id, 100));
        getColumns().add(sql());
        getColumns().add(column("source", p -> p.source().label(), 80));
        getColumns().add(column("count", p -> String.format(Locale.ROOT, "%,d", p.count()), 70));
        getColumns().add(column("avg /s", p -> rate(p.averageRate()), 70));
        getColumns().add(editable("peak /s", p -> rate(p.peakRate()), vm::setPeakRate));
        getColumns().add(editable("weight", p -> PatternsViewModel.format(p.weight()), vm::setWeight));
        getColumns().add(shape());
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private static TableColumn<AccessPattern, String> column(String title, Function<AccessPattern, String> value, double width) {
        TableColumn<AccessPattern, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }

    private static TableColumn<AccessPattern, String> sql() {
        TableColumn<AccessPattern, String> column = column("SQL", AccessPattern::sql, 380);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String sql, boolean empty) {
                super.updateItem(sql, empty);
                setText(empty ? null : sql);
                setTooltip(empty ? null : new Tooltip(sql));
            }
        });
        return column;
    }

    /** A column typed into: {@code commit} answers whether the value was taken; if not the table shows the old one again. */
    private TableColumn<AccessPattern, String> editable(String title, Function<AccessPattern, String> value,
                                                        BiPredicate<String, String> commit) {
        TableColumn<AccessPattern, String> column = column(title, value, 75);
        column.setId("patterns-" + title.replaceAll("[^a-z]", ""));
        column.setEditable(true);
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(edit -> {
            if (!commit.test(edit.getRowValue().id(), edit.getNewValue())) {
                refresh();
            }
        });
        return column;
    }

    private static TableColumn<AccessPattern, String> shape() {
        TableColumn<AccessPattern, String> column = new TableColumn<>("shape");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().shape().parsed()
                ? ShapeSummary.of(c.getValue().shape()) : c.getValue().shape().unparsedReason()));
        column.setPrefWidth(380);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                AccessPattern pattern = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(empty ? null : new Tooltip(text));
                getStyleClass().remove("pattern-unparsed");
                if (pattern != null && !pattern.shape().parsed()) {
                    getStyleClass().add("pattern-unparsed");
                }
            }
        });
        return column;
    }

    private static String rate(double perSecond) {
        return perSecond == 0 ? "0" : String.format(Locale.ROOT, perSecond < 10 ? "%.3f" : "%,.1f", perSecond);
    }
}
