package io.lsql.ui.wizard;

import atlantafx.base.theme.Styles;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.SystemDesktop;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.EnumMap;
import java.util.Map;

/** The Migrate pane: File menu, the steps, the current page, its problems and Back / Next. */
public final class WizardView extends BorderPane {

    private final WizardViewModel vm;
    private final Map<WizardPage, Node> pages = new EnumMap<>(WizardPage.class);
    private final Map<WizardPage, Label> steps = new EnumMap<>(WizardPage.class);
    private final StackPane content = new StackPane();

    public WizardView(WizardViewModel vm) {
        this.vm = vm;
        setId("wizard");
        pages.put(WizardPage.CONNECTIONS, new ConnectionsPage(vm.connections));
        pages.put(WizardPage.OBJECTS, new ObjectsPage(vm.objects));
        pages.put(WizardPage.KEYS, new KeysPage(vm.keys));
        pages.put(WizardPage.ATTRIBUTES, new AttributesPage(vm.attributes));
        pages.put(WizardPage.LOAD, new LoadPage(vm.load));
        pages.put(WizardPage.DRY_RUN, new DryRunPage(vm.dryRun));
        pages.put(WizardPage.RUN, new RunPage(vm.run));
        pages.put(WizardPage.REPORT, new ReportPage(vm.run, vm.report, new SystemDesktop(), this::saveAs, vm::newRun));
        setTop(new VBox(menu(), stepBar(), resumeOffer()));
        content.setPadding(new Insets(12));
        setCenter(content);
        setBottom(footer());
        vm.page.addListener((o, old, page) -> show(page));
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                ErrorDialog.show("Migrate", error);
            }
        });
        show(vm.page.get());
    }

    private MenuBar menu() {
        MenuItem newPlan = new MenuItem("New plan");
        newPlan.setId("wizard-new");
        newPlan.setOnAction(e -> vm.newPlan());
        MenuItem open = new MenuItem("Open plan…");
        open.setId("wizard-open");
        open.setOnAction(e -> {
            File file = chooser().showOpenDialog(getScene().getWindow());
            if (file != null) {
                vm.open(file.toPath());
            }
        });
        MenuItem save = new MenuItem("Save plan");
        save.setOnAction(e -> {
            if (vm.file.get() != null) {
                vm.save(vm.file.get());
            } else {
                saveAs();
            }
        });
        MenuItem saveAs = new MenuItem("Save plan as…");
        saveAs.setOnAction(e -> saveAs());
        Menu file = new Menu("File", null, newPlan, open, save, saveAs);
        return new MenuBar(file);
    }

    private void saveAs() {
        File file = chooser().showSaveDialog(getScene().getWindow());
        if (file != null) {
            vm.save(file.toPath());
        }
    }

    private static FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Migration plan");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Plan (JSON)", "*.json"));
        return chooser;
    }

    private HBox stepBar() {
        HBox bar = new HBox(14);
        bar.setPadding(new Insets(10, 12, 4, 12));
        for (WizardPage page : WizardPage.values()) {
            Label step = new Label((page.ordinal() + 1) + " " + page.title());
            step.setId("wizard-step-" + page.name().toLowerCase());
            steps.put(page, step);
            bar.getChildren().add(step);
        }
        return bar;
    }

    /** "Run … is unfinished": Resume or Discard, shown while the last run's stage holds an unfinished run. */
    private HBox resumeOffer() {
        Label text = new Label();
        text.setId("wizard-resume-text");
        text.setWrapText(true);
        text.textProperty().bind(vm.unfinished.text);
        Button resume = new Button("Resume run");
        resume.setId("wizard-resume-run");
        resume.getStyleClass().add(Styles.SUCCESS);
        resume.setOnAction(e -> vm.unfinished.resume());
        Button discard = new Button("Discard");
        discard.setId("wizard-resume-discard");
        discard.setTooltip(new javafx.scene.control.Tooltip("Do not offer this run again (its stage keeps its files)"));
        discard.setOnAction(e -> vm.unfinished.discard());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox offer = new HBox(8, text, resume, discard);
        offer.setId("wizard-resume-offer");
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.setPadding(new Insets(6, 12, 6, 12));
        offer.getStyleClass().add("resume-offer");
        offer.visibleProperty().bind(vm.unfinished.offer.isNotNull());
        offer.managedProperty().bind(offer.visibleProperty());
        return offer;
    }

    private VBox footer() {
        Label problems = new Label();
        problems.setId("wizard-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.join("\n", vm.problems), vm.problems));
        Label message = new Label();
        message.setId("wizard-message");
        message.textProperty().bind(vm.message);
        Button back = new Button("Back");
        back.setId("wizard-back");
        back.disableProperty().bind(vm.canBack.not());
        back.setOnAction(e -> vm.back());
        Button next = new Button("Next");
        next.setId("wizard-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(false);
        next.disableProperty().bind(vm.canNext.not());
        next.setOnAction(e -> vm.next());
        message.setMinWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        back.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, message, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox footer = new VBox(6, problems, buttons);
        footer.setPadding(new Insets(8, 12, 10, 12));
        return footer;
    }

    private void show(WizardPage page) {
        content.getChildren().setAll(pages.get(page));
        steps.forEach((p, label) -> {
            label.getStyleClass().removeAll(Styles.ACCENT, Styles.TEXT_BOLD, Styles.TEXT_MUTED);
            label.getStyleClass().add(p == page ? Styles.ACCENT : Styles.TEXT_MUTED);
            if (p == page) {
                label.getStyleClass().add(Styles.TEXT_BOLD);
            }
        });
    }
}
