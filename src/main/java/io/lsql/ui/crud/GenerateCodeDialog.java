package io.lsql.ui.crud;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;

/** Asks for the Java package, then the folder (DirectoryChooser), and starts "Generate code…" in the background. */
final class GenerateCodeDialog {

    private GenerateCodeDialog() {
    }

    static void show(Window owner, CrudViewModel vm) {
        if (vm.binding.get() == null) {
            vm.message.set("Pick a table first.");
            return;
        }
        TextField pkg = new TextField();
        pkg.setId("codegen-package");
        pkg.textProperty().bindBidirectional(vm.codegen.packageName);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Generate code");
        dialog.setHeaderText("An item class, a DAO (get, query by each index, insert, update, delete) and a JUnit test for "
                + vm.binding.get().table() + ", as a Maven project.");
        dialog.getDialogPane().setContent(new VBox(6, new Label("Java package"), pkg));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the generated project");
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            vm.codegen.folder.set(folder.toPath());
            vm.generateCode();
        }
    }
}
