package io.lsql.ui.reports;

import atlantafx.base.theme.Styles;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The Reports pane: the plan and stage to report on and Build; the report's sections beside a Markdown preview, the cost
 * and the NoSQL Workbench import; the export buttons and the last message.
 */
public final class ReportsView extends BorderPane {

    private final ReportsViewModel vm;
    private final TreeView<ReportSection> sections = new TreeView<>(new TreeItem<>());
    private final TextArea preview = new TextArea();

    public ReportsView(ReportsViewModel vm) {
        this.vm = vm;
        setId("reports");
        if (vm.files.get() == null) {
            vm.files.set(new FileChoosers(this));
        }
        setTop(toolbar());
        SplitPane split = new SplitPane(sectionList(), tabs());
        split.setDividerPositions(0.22);
        setCenter(split);
        setBottom(footer());
        vm.sections.addListener((javafx.collections.ListChangeListener<ReportSection>) change -> showSections());
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                ErrorDialog.show("Reports", error);
            }
        });
    }

    private HBox toolbar() {
        ComboBox<PlanChoice> plan = new ComboBox<>(vm.choices);
        plan.setId("reports-plan");
        plan.setConverter(new StringConverter<>() {
            @Override
            public String toString(PlanChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public PlanChoice fromString(String text) {
                return vm.plan.get();
            }
        });
        plan.valueProperty().bindBidirectional(vm.plan);
        plan.setTooltip(new Tooltip("The plan to report on: the live schema, the Migrate pane's plan, a plan file or an imported model"));
        Button open = new Button("Open plan…", Icons.of(Icons.OPEN));
        open.setId("reports-open-plan");
        open.setOnAction(e -> vm.openPlan());
        TextField stage = new TextField();
        stage.setId("reports-stage");
        stage.setPromptText("Stage with a run (optional): s3://bucket/prefix or a folder");
        stage.textProperty().bindBidirectional(vm.stage);
        HBox.setHgrow(stage, Priority.ALWAYS);
        Button build = new Button("Build report", Icons.of(Icons.PLAY));
        build.setId("reports-build");
        build.getStyleClass().add(Styles.ACCENT);
        build.setTooltip(new Tooltip("Design, sample real rows, cost and (with a stage) read the run, in the background"));
        build.disableProperty().bind(vm.busy);
        build.setOnAction(e -> vm.build());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(vm.busy);
        HBox bar = new HBox(8, new Label("Plan"), plan, open, stage, build, working);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 6, 12));
        return bar;
    }

    private VBox sectionList() {
        sections.setId("reports-sections");
        sections.setShowRoot(false);
        sections.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() != null) {
                jumpTo(item.getValue());
            }
        });
        Label title = new Label("Sections");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(sections, Priority.ALWAYS);
        VBox box = new VBox(6, title, sections);
        box.setPadding(new Insets(8));
        return box;
    }

    private void showSections() {
        TreeItem<ReportSection> root = sections.getRoot();
        root.getChildren().setAll(items(vm.sections));
    }

    private static List<TreeItem<ReportSection>> items(List<ReportSection> list) {
        return list.stream().map(section -> {
            TreeItem<ReportSection> item = new TreeItem<>(section);
            item.getChildren().setAll(items(section.children()));
            return item;
        }).toList();
    }

    /** Selects the section's first line in the preview, which scrolls it into view. */
    private void jumpTo(ReportSection section) {
        String text = preview.getText();
        int at = section.offsetIn(text);
        if (at >= 0) {
            int end = text.indexOf('\n', at);
            preview.selectRange(end < 0 ? text.length() : end, at);
        }
    }

    private TabPane tabs() {
        preview.setId("reports-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.getStyleClass().add("monospace");
        preview.setPromptText("Build the report to preview it here (Markdown); Open in browser shows the HTML report.");
        preview.textProperty().bind(vm.preview);
        Button browser = new Button("Open in browser", Icons.of(Icons.PREVIEW));
        browser.setId("reports-browser");
        browser.setTooltip(new Tooltip("Write the self-contained HTML report to a temporary file and open it in the system browser"));
        browser.disableProperty().bind(vm.report.isNull());
        browser.setOnAction(e -> vm.openInBrowser());
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox previewBox = new VBox(6, preview, new HBox(8, browser));
        previewBox.setPadding(new Insets(8));
        Tab previewTab = new Tab("Preview", previewBox);
        Tab costTab = new Tab("Cost", new CostPanel(vm.cost));
        costTab.setId("reports-cost-tab");
        Tab modelTab = new Tab("NoSQL Workbench import", new ModelImportPanel(vm.model));
        modelTab.setId("reports-model-tab");
        TabPane tabs = new TabPane(previewTab, costTab, modelTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private VBox footer() {
        Label message = new Label();
        message.setId("reports-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        VBox footer = new VBox(6, new ExportBar(vm), message);
        footer.setPadding(new Insets(6, 12, 10, 12));
        return footer;
    }
}
