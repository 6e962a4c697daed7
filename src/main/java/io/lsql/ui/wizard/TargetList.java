package io.lsql.ui.wizard;

import javafx.beans.property.IntegerProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;

/** The list of a plan's targets at the left of a page, its selection kept in the page's view model. */
final class TargetList {

    private TargetList() {
    }

    static ListView<String> of(String id, ObservableList<String> targets, IntegerProperty selected) {
        ListView<String> list = new ListView<>(targets);
        list.setId(id);
        list.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() != selected.get()) {
                selected.set(index.intValue());
            }
        });
        selected.addListener((o, old, index) -> {
            if (index.intValue() >= 0 && list.getSelectionModel().getSelectedIndex() != index.intValue()) {
                list.getSelectionModel().select(index.intValue());
            }
        });
        return list;
    }
}
