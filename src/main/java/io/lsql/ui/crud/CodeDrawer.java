package io.lsql.ui.crud;

import atlantafx.base.theme.Styles;
import io.lsql.core.crud.CodeSamples;
import io.lsql.ui.common.Icons;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The collapsible "Show the code" drawer: the last operation as SQL, AWS CLI, SDK v2, Enhanced Client and PartiQL, with Copy. */
final class CodeDrawer extends TitledPane {

    private final TabPane tabs = new TabPane();
    private final Map<Tab, TextArea> areas = new LinkedHashMap<>();
    private final Map<TextArea, Function<CodeSamples, String>> forms = new LinkedHashMap<>();

    CodeDrawer(ObjectProperty<CodeSamples> code) {
        setText("Code");
        setId("crud-code");
        setExpanded(false);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tab("SQL", "code-sql", CodeSamples::sql);
        tab("AWS CLI", "code-cli", CodeSamples::awsCli);
        tab("Java SDK v2", "code-java", CodeSamples::javaLowLevel);
        tab("Enhanced Client", "code-enhanced", CodeSamples::javaEnhanced);
        tab("PartiQL", "code-partiql", CodeSamples::partiql);
        Button copy = new Button("Copy", Icons.of(Icons.COPY));
        copy.setId("code-copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setTooltip(new Tooltip("Copy the shown code to the clipboard"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(areas.get(tabs.getSelectionModel().getSelectedItem()).getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        BorderPane body = new BorderPane(tabs);
        body.setTop(copy);
        setContent(body);
        code.addListener((o, old, samples) -> show(samples));
        show(code.get());
    }

    private void tab(String title, String id, Function<CodeSamples, String> form) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("monospace");
        forms.put(area, form);
        Tab tab = new Tab(title, area);
        tabs.getTabs().add(tab);
        areas.put(tab, area);
    }

    private void show(CodeSamples samples) {
        for (TextArea area : areas.values()) {
            String text = samples == null ? null : forms.get(area).apply(samples);
            area.setText(text != null ? text : samples == null ? "Run an operation to see its code." : "Not sent to this engine.");
        }
    }
}
