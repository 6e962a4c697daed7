package io.lsql;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Core stays UI-free and silent: the GUI and the CLI are two faces of the same services. */
@AnalyzeClasses(packages = "io.lsql", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreNeverImportsJavaFx = noClasses().that().resideInAPackage("io.lsql.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule coreNeverCallsUp = noClasses().that().resideInAPackage("io.lsql.core..")
            .should().dependOnClassesThat().resideInAnyPackage("io.lsql.ui..", "io.lsql.cli..");

    @ArchTest
    static final ArchRule coreNeverPrintsToTheConsole = noClasses().that().resideInAPackage("io.lsql.core..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");


    @ArchTest
    static final ArchRule viewModelsNeedNoWindow = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..");

    @ArchTest
    static final ArchRule panesNeverTalkJdbcOrTheAwsSdk = noClasses().that().resideInAPackage("io.lsql.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "software.amazon..");

    @ArchTest
    static final ArchRule corePackagesFormNoCycles = slices().matching("io.lsql.core.(*)..").should().beFreeOfCycles();
}
