package io.lsql.ui.patterns;

import atlantafx.base.theme.Styles;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/**
 * The proposal under the patterns: Propose and Use in Migrate; the best candidate and the next two on the left; the
 * chosen one's score parts, cost, gates, findings and notes, and its table of operations (one row per pattern) on the right.
 */
public final class ProposalPanel extends VBox {

    private final ProposalViewModel vm;

    public ProposalPanel(ProposalViewModel vm) {
        super(6);
        this.vm = vm;
        setId("proposal");
        setPadding(new Insets(6, 12, 6, 12));
        SplitPane split = new SplitPane(candidates(), detail());
        split.setDividerPositions(0.24);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(), split);
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                ErrorDialog.show("Proposal", error);
                vm.failure.set(null);
            }
        });
    }

    private HBox toolbar() {
        Label title = new Label("Proposal");
        title.getStyleClass().add(Styles.TITLE_4);
        Button propose = new Button("Propose", Icons.of(Icons.PLAY));
        propose.setId("proposal-propose");
        propose.getStyleClass().add(Styles.ACCENT);
        propose.setTooltip(new Tooltip("Generate and score candidate designs for these patterns on sampled rows, in the background"));
        propose.disableProperty().bind(vm.busy);
        propose.setOnAction(e -> vm.propose());
        Button use = new Button("Use in Migrate", Icons.of(Icons.MIGRATE));
        use.setId("proposal-use");
        use.setTooltip(new Tooltip("Make the chosen candidate the Migrate pane's plan and open that pane"));
        use.disableProperty().bind(vm.busy.or(vm.selected.isNull()));
        use.setOnAction(e -> vm.useInMigrate());
        Button rehearse = new Button("Rehearse");
        rehearse.setId("proposal-rehearse");
        rehearse.setTooltip(new Tooltip("Migrate a sample into the AWS target as the chosen candidate designs it and run every "
                + "pattern on MySQL and DynamoDB, comparing the results"));
        rehearse.disableProperty().bind(vm.busy.or(vm.selected.isNull()));
        rehearse.setOnAction(e -> vm.rehearse());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busy);
        Label message = new Label();
        message.setId("proposal-message");
        message.textProperty().bind(vm.message);
        HBox bar = new HBox(8, title, propose, use, rehearse, working, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private ListView<CandidateScore> candidates() {
        ListView<CandidateScore> list = new ListView<>(vm.candidates);
        list.setId("proposal-candidates");
        list.setPlaceholder(new Label("No proposal yet."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CandidateScore score, boolean empty) {
                super.updateItem(score, empty);
                getStyleClass().remove("candidate-failing");
                if (empty || score == null) {
                    setText(null);
                    return;
                }
                String rank = getIndex() == 0 ? "best" : "#" + (getIndex() + 1);
                setText(String.format(Locale.ROOT, "%s · %s · score %.2f · $%,.2f/month%s%n%s", rank, score.candidate().id(),
                        score.score().total(), score.monthlyCost(), score.passes() ? "" : " · fails a gate", score.candidate().name()));
                setTooltip(new Tooltip(score.candidate().name()));
                if (!score.passes()) {
                    getStyleClass().add("candidate-failing");
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, score) -> {
            if (score != null) {
                vm.selected.set(score);
            }
        });
        vm.selected.addListener((o, old, score) -> list.getSelectionModel().select(score));
        return list;
    }

    private VBox detail() {
        ListView<String> details = new ListView<>(vm.details);
        details.setId("proposal-details");
        details.setPrefHeight(90);
        details.setMinHeight(72);
        details.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.details));
        details.managedProperty().bind(details.visibleProperty());
        TableView<OperationRow> table = new TableView<>(vm.operations);
        table.setId("proposal-table");
        table.setPlaceholder(new Label("Propose to see how each pattern is served."));
        table.getColumns().add(column("pattern", OperationRow::pattern, 90));
        table.getColumns().add(column("operation", OperationRow::operation, 125));
        table.getColumns().add(column("table / index", OperationRow::on, 130));
        table.getColumns().add(column("key condition", OperationRow::keyCondition, 190));
        table.getColumns().add(column("RCU / WCU", OperationRow::units, 80));
        table.getColumns().add(column("$/month", OperationRow::monthly, 70));
        table.getColumns().add(badge());
        table.getColumns().add(column("why", OperationRow::explanation, 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OperationRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.operation() + " on " + row.on() + ": " + row.explanation()));
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, details, table);
    }

    private static TableColumn<OperationRow, String> column(String title, Function<OperationRow, String> value, double width) {
        TableColumn<OperationRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Served, filtered or scan, in the theme's success, warning and danger colours. */
    private static TableColumn<OperationRow, String> badge() {
        TableColumn<OperationRow, String> column = column("served", OperationRow::badge, 70);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("proposal-served", "proposal-filtered", "proposal-scan");
                setText(empty ? null : text);
                if (!empty && text != null) {
                    getStyleClass().add("proposal-" + text);
                }
            }
        });
        return column;
    }
}
