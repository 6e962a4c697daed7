package io.lsql.ui.reports;

import io.lsql.core.report.ReportFormat;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

import java.util.EnumMap;
import java.util.Map;

/**
 * One Export button per report format. A format the core can't write yet is disabled; its tooltip, on a wrapper
 * because a disabled button shows none, says why.
 */
final class ExportBar extends FlowPane {

    private final ReportsViewModel vm;
    private final Map<ReportFormat, Button> buttons = new EnumMap<>(ReportFormat.class);
    private final Map<ReportFormat, Tooltip> tips = new EnumMap<>(ReportFormat.class);

    ExportBar(ReportsViewModel vm) {
        super(6, 6);
        this.vm = vm;
        setAlignment(Pos.CENTER_LEFT);
        getChildren().add(new Label("Export:"));
        for (ReportFormat format : ReportFormat.values()) {
            Button button = new Button(label(format) + "…");
            button.setId("reports-export-" + format.id());
            button.setOnAction(e -> vm.export(format));
            Tooltip tip = new Tooltip();
            StackPane wrapper = new StackPane(button);
            Tooltip.install(wrapper, tip);
            buttons.put(format, button);
            tips.put(format, tip);
            getChildren().add(wrapper);
        }
        vm.unavailable.addListener((MapChangeListener<ReportFormat, String>) change -> refresh());
        refresh();
    }

    private void refresh() {
        for (ReportFormat format : ReportFormat.values()) {
            String why = vm.unavailable.get(format);
            buttons.get(format).setDisable(why != null);
            tips.get(format).setText(why != null ? why : "Write the report as " + label(format) + " (" + format.extension() + ") in the background");
        }
    }

    static String label(ReportFormat format) {
        return switch (format) {
            case HTML -> "HTML";
            case MD -> "Markdown";
            case JSON -> "JSON";
            case NWB -> "NoSQL Workbench";
            case CLOUDFORMATION -> "CloudFormation";
            case CDK -> "CDK";
            case TERRAFORM -> "Terraform";
            case DMS -> "DMS";
        };
    }
}
