package io.lsql.ui.crud;

import io.lsql.core.codegen.CodegenInput;
import io.lsql.core.codegen.JavaCodegen;
import io.lsql.core.crud.CrudBinding;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import io.lsql.ui.common.PaneTasks;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * "Generate code…": the bound table's item class, DAO and JUnit test as a Maven project, written by the same generator as
 * {@code lsql codegen java}, in the background. The folder comes from a DirectoryChooser in the app, set directly in tests.
 */
public final class CodegenViewModel {

    public final StringProperty packageName = new SimpleStringProperty("com.example.dynamo");
    public final ObjectProperty<Path> folder = new SimpleObjectProperty<>();

    private final StringProperty message;
    private final PaneTasks background;
    private final JavaCodegen codegen;

    /** Reports through the pane's own message line, busy flag and error dialog. */
    CodegenViewModel(JavaCodegen codegen, StringProperty message, PaneTasks background) {
        this.codegen = codegen;
        this.message = message;
        this.background = background;
    }

    /** Generates the code of {@code binding}'s table, its columns as {@code schema} declares them, into {@link #folder}. */
    public void generate(CrudBinding binding, Schema schema) {
        Path out = folder.get();
        String pkg = packageName.get() == null ? "" : packageName.get().strip();
        if (binding == null || out == null) {
            message.set(binding == null ? "Pick a table first." : "Choose the folder to write the code to.");
            return;
        }
        Table table = schema == null ? null : schema.table(binding.source().name()).orElse(null);
        CodegenInput input = new CodegenInput("MySQL database " + (schema == null ? "" : schema.name()), List.of(binding.target()),
                table == null ? Map.of() : Map.of(binding.targetSource().id(), table.columns()));
        message.set("Generating the code of " + binding.table() + "…");
        background.run("Generate code for " + binding.table(), () -> codegen.generate(input, pkg, out), result -> message.set(
                "Wrote " + result.files().size() + " files for " + String.join(", ", result.tables()) + " to " + out
                        + "; build and test them with: mvn test -Ddynamodb.endpoint=<your endpoint>"));
    }
}
