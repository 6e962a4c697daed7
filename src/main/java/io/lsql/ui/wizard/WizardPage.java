package io.lsql.ui.wizard;

/** The wizard's pages in order; every page edits the one plan the wizard holds. */
public enum WizardPage {
    CONNECTIONS("Connections"),
    OBJECTS("Objects"),
    KEYS("Key design"),
    ATTRIBUTES("Attributes"),
    LOAD("Load options"),
    DRY_RUN("Dry run"),
    RUN("Run"),
    REPORT("Report");

    private final String title;

    WizardPage(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public WizardPage next() {
        return this == REPORT ? REPORT : values()[ordinal() + 1];
    }

    public WizardPage previous() {
        return this == CONNECTIONS ? CONNECTIONS : values()[ordinal() - 1];
    }

    /** From this page on, Next needs a plan the checker accepts. */
    public boolean checked() {
        return ordinal() >= KEYS.ordinal() && ordinal() <= DRY_RUN.ordinal();
    }
}
