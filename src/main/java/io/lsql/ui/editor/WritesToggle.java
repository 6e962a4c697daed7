package io.lsql.ui.editor;

import io.lsql.ui.common.Icons;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/**
 * The toolbar's "Writes" switch for the selected tab: off, the tab runs on a read-only session; on,
 * the tab shows a pencil and its statements may write. Disabled when the connection is read-only.
 */
final class WritesToggle {

    private static final String READ_ONLY_TIP = "This tab runs on a read-only session: click to allow INSERT, UPDATE, DDL…";
    private static final String WRITES_TIP = "This tab may write: click to go back to a read-only session";

    private WritesToggle() {
    }

    static ToggleButton create(TabPane editors, ObservableBooleanValue connectionReadOnly) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("sql-writes");
        toggle.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(connectionReadOnly::get, connectionReadOnly));
        toggle.selectedProperty().addListener((o, old, on) -> {
            Tab tab = editors.getSelectionModel().getSelectedItem();
            if (tab != null) {
                ((EditorPane) tab.getContent()).writesProperty().set(on);
            }
            show(toggle, on, connectionReadOnly.get());
        });
        editors.getSelectionModel().selectedItemProperty().addListener((o, old, tab) ->
                toggle.setSelected(tab != null && ((EditorPane) tab.getContent()).writesProperty().get()));
        editors.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WritesToggle::markTab);
            }
        });
        editors.getTabs().forEach(WritesToggle::markTab);
        connectionReadOnly.addListener((o, old, readOnly) -> {
            if (readOnly) {
                editors.getTabs().forEach(tab -> ((EditorPane) tab.getContent()).writesProperty().set(false));
                toggle.setSelected(false);
            }
            show(toggle, toggle.isSelected(), readOnly);
        });
        show(toggle, false, connectionReadOnly.get());
        return toggle;
    }

    private static void show(ToggleButton toggle, boolean writes, boolean connectionReadOnly) {
        toggle.setText(writes ? "Writes on" : "Read-only");
        toggle.setGraphic(Icons.of(writes ? Icons.WRITES : Icons.READ_ONLY));
        toggle.setTooltip(new Tooltip(connectionReadOnly ? "The connection's profile is read-only: every write is refused"
                : writes ? WRITES_TIP : READ_ONLY_TIP));
        if (writes) {
            toggle.getStyleClass().add("danger");
        } else {
            toggle.getStyleClass().remove("danger");
        }
    }

    /** A tab that may write carries a pencil beside its title. */
    private static void markTab(Tab tab) {
        EditorPane pane = (EditorPane) tab.getContent();
        pane.writesProperty().addListener((o, old, on) -> tab.setGraphic(on ? Icons.of(Icons.WRITES) : null));
    }
}
