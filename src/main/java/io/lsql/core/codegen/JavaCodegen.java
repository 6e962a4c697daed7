package io.lsql.core.codegen;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Table;
import io.lsql.core.plan.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the data-access code of a design: per DynamoDB table an item class, a DAO with the workshop's five
 * operations and a JUnit test, plus a pom.xml and a README, as a Maven project a user builds on its own.
 * Used by {@code lsql codegen java} and the CRUD pane's "Generate code…".
 */
public final class JavaCodegen {

    /** Class names the generated code imports or generates besides the tables' classes. */
    private static final Set<String> RESERVED = Set.of("Page", "DuplicateKeyException", "Items", "Keys", "DynamoDbTestClient",
            "Key", "Expression", "TableSchema", "DynamoDbTable", "DynamoDbEnhancedClient", "DynamoDbClient", "AttributeValue",
            "SdkBytes", "SdkIterable", "BigDecimal", "Map", "HashMap", "List", "ArrayList", "Set", "HashSet", "LinkedHashSet",
            "Optional", "Objects", "UUID", "Base64", "Test", "BeforeAll", "AfterAll", "Object", "String", "Long", "Boolean",
            "Integer", "Override", "Character", "Math", "System", "Record", "Class", "Enum", "Iterable");

    /**
     * What was written.
     *
     * @param files   every file, relative paths under the output directory
     * @param tables  the DynamoDB tables that got code
     * @param skipped one sentence per target that generated code can't express, naming it and why
     */
    public record Result(List<Path> files, List<String> tables, List<String> skipped) {

        public Result {
            files = List.copyOf(files);
            tables = List.copyOf(tables);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * Generates into {@code out} (created when missing).
     *
     * @throws LsqlException when the package name is not one, no target can be generated, or a file can't be written
     */
    public Result generate(CodegenInput input, String packageName, Path out) {
        if (!JavaNames.isPackageName(packageName)) {
            throw new LsqlException("'" + packageName + "' is not a Java package name; use lower-case dotted words such as com.example.dynamo.");
        }
        NameScope classes = new NameScope(RESERVED);
        List<Table> tables = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Target target : input.targets()) {
            try {
                tables.add(ModelBuilder.build(target, input::columnsOf, classes));
            } catch (LsqlException e) {
                skipped.add(target.table() + ": " + e.getMessage());
            }
        }
        if (tables.isEmpty()) {
            throw new LsqlException("No table of " + input.origin() + " can get generated code"
                    + (skipped.isEmpty() ? ": it designs no table." : "; " + String.join(" ", skipped)));
        }
        List<Path> files = new ArrayList<>();
        ProjectFiles project = new ProjectFiles(out, packageName, files);
        for (Table table : tables) {
            for (Entity entity : table.entities()) {
                project.main(table.enhanced() ? BeanWriter.write(packageName, table.target(), entity)
                        : MappedItemWriter.write(packageName, table.target(), entity));
            }
            project.main(table.enhanced() ? EnhancedDaoWriter.write(packageName, table) : LowLevelDaoWriter.write(packageName, table));
            project.test(DaoTestWriter.write(packageName, table));
        }
        project.support(tables.stream().anyMatch(t -> !t.enhanced()));
        project.buildFiles(input.origin(), tables);
        return new Result(files, tables.stream().map(t -> t.target().table()).toList(), skipped);
    }

    /** Writes {@code text} to {@code file}, creating its directory. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LsqlException("Cannot write " + file + ": " + ErrorText.of(e) + ".", e);
        }
    }
}
