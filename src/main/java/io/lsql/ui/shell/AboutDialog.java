package io.lsql.ui.shell;

import io.lsql.core.Version;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The About box: icon, version, license. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("About LSQL Workbench");
        alert.setHeaderText("LSQL Workbench " + Version.current());
        alert.setGraphic(new ImageView(new Image(AboutDialog.class.getResourceAsStream("/icons/lsql-64.png"))));
        alert.setContentText("Move a relational application from MySQL to Amazon DynamoDB: design, migrate, verify.\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.runtime.version", "21")
                + "\nApache License 2.0");
        alert.show();
    }
}
