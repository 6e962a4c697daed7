package io.lsql.cli;

import io.lsql.core.LsqlException;
import io.lsql.core.codegen.CodegenInput;
import io.lsql.core.codegen.CodegenInputs;
import io.lsql.core.codegen.JavaCodegen;
import io.lsql.core.codegen.JavaNames;
import io.lsql.core.connect.JdbcSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code lsql codegen java}: a Maven project with an item class, a DAO and a JUnit test per designed DynamoDB table. */
@Command(name = "java", mixinStandardHelpOptions = true,
        description = {"Write Java data access for every table of a design (the directory 'lsql design --out' wrote) or a plan",
            "('lsql plan --out'): per table an item class, a DAO (AWS SDK v2 Enhanced Client, or the low-level client for key",
            "templates and single-table designs) and a JUnit test, plus pom.xml and README.md.",
            "With a plan, --jdbc-url reads the source columns' types (integers become Long); without it numbers are BigDecimal."})
public final class CodegenJavaCommand implements Callable<Integer> {

    @Option(names = "--design", required = true, paramLabel = "DIR|PLAN",
            description = "A design directory (with design.json) or a plan file.")
    Path design;

    @Option(names = "--package", required = true, paramLabel = "P", description = "Java package of the code, e.g. com.example.dynamo.")
    String packageName;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the generated Maven project.")
    Path out;

    @Mixin
    MySqlOptions mysql;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!JavaNames.isPackageName(packageName)) {
            throw new ParameterException(spec.commandLine(), "--package '" + packageName
                    + "' is not a Java package name; use dotted lower-case words such as com.example.dynamo");
        }
        JavaCodegen.Result result = new JavaCodegen().generate(input(), packageName, out);
        PrintWriter printer = spec.commandLine().getOut();
        result.tables().forEach(table -> printer.println("Generated " + table));
        result.skipped().forEach(reason -> printer.println("Skipped " + reason));
        printer.println("Wrote " + result.files().size() + " file(s) for " + result.tables().size() + " table(s) to " + out
                + "; build and test them with: mvn test -Ddynamodb.endpoint=http://localhost:8000");
        return ExitCodes.DONE;
    }

    /**
     * The design or plan; a file that is neither, or missing, is a usage error (exit 2). With --jdbc-url a plan's
     * columns are read from the server, whose failures are errors (exit 1).
     */
    private CodegenInput input() {
        CodegenInput input;
        try {
            input = CodegenInputs.read(design);
        } catch (LsqlException e) {
            throw new ParameterException(spec.commandLine(), "--design " + design + ": " + stripPeriod(e.getMessage()), e);
        }
        if (mysql.jdbcUrl == null) {
            return input;
        }
        JdbcSource jdbc = mysql.source();
        try {
            return CodegenInputs.read(design, jdbc);
        } finally {
            jdbc.clearPassword();
        }
    }

    private static String stripPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }
}
