package io.lsql.ui.wizard;

import io.lsql.core.run.RunReport;
import io.lsql.ui.common.UserDesktop;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/** Page 8: per target rows vs items, the verify result, rejects, durations and errors; Save plan, New run, open the stage or rejects. */
final class ReportPage extends VBox {

    ReportPage(RunViewModel vm, ReportViewModel actions, UserDesktop desktop, Runnable savePlan, Runnable newRun) {
        super(10);
        Label summary = new Label();
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.report.get() == null ? "No run yet."
                : "Run " + vm.report.get().runId() + ": " + vm.report.get().state() + " in " + vm.report.get().seconds()
                + " s. The report is in the stage: " + vm.report.get().stage().replaceAll("/+$", "") + "/run-report.md", vm.report));
        TableView<RunReport.Line> table = new TableView<>();
        table.setId("report-table");
        vm.report.addListener((o, old, report) -> table.getItems().setAll(report == null ? java.util.List.of() : report.targets()));
        table.getColumns().add(column("target", RunReport.Line::table));
        table.getColumns().add(column("state", l -> l.state().name()));
        table.getColumns().add(column("load", RunReport.Line::load));
        table.getColumns().add(column("rows", l -> String.format(Locale.ROOT, "%,d", l.rows())));
        table.getColumns().add(column("items", l -> String.format(Locale.ROOT, "%,d", l.items())));
        table.getColumns().add(column("rejects", l -> String.format(Locale.ROOT, "%,d", l.rejects())));
        table.getColumns().add(column("verify", l -> l.verified() == null ? "–" : l.verified() ? "equal" : "different"));
        table.getColumns().add(column("export / load / verify s", l -> String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
                l.exportSeconds(), l.loadSeconds(), l.verifySeconds())));
        table.getColumns().add(column("error", l -> l.error() == null ? "" : l.error()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button save = new Button("Save plan…");
        save.setId("report-save");
        save.setOnAction(e -> savePlan.run());
        Button again = new Button("New run");
        again.setId("report-new-run");
        again.setTooltip(new javafx.scene.control.Tooltip("Run the plan again in a fresh stage (this run keeps its own)"));
        again.setOnAction(e -> newRun.run());
        Button stage = new Button("Open stage");
        stage.setId("report-open-stage");
        stage.setTooltip(new javafx.scene.control.Tooltip("A local stage opens in the file browser; an S3 stage's URI is copied"));
        stage.disableProperty().bind(vm.report.isNull());
        stage.setOnAction(e -> actions.openStage(desktop));
        Button rejects = new Button("Open rejects");
        rejects.setId("report-open-rejects");
        rejects.setTooltip(new javafx.scene.control.Tooltip("The rows of the selected target that could not become items"));
        rejects.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            RunReport.Line line = table.getSelectionModel().getSelectedItem();
            return line == null || line.rejects() == 0;
        }, table.getSelectionModel().selectedItemProperty()));
        rejects.setOnAction(e -> actions.openRejects(table.getSelectionModel().getSelectedItem(), desktop));
        Label said = new Label();
        said.setId("report-message");
        said.setWrapText(true);
        said.textProperty().bind(actions.message);
        getChildren().addAll(summary, table, new HBox(8, save, again, stage, rejects), said);
    }

    private static TableColumn<RunReport.Line, String> column(String title, Function<RunReport.Line, String> value) {
        TableColumn<RunReport.Line, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
