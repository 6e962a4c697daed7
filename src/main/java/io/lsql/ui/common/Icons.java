package io.lsql.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.Ikon;

/** The icons the workbench uses, in one place. */
public final class Icons {

    public static final Ikon CONNECTIONS = MaterialDesignL.LAN_CONNECT;
    public static final Ikon BROWSER = MaterialDesignF.FILE_TREE;
    public static final Ikon SQL = MaterialDesignC.CODE_BRACES;
    public static final Ikon CRUD = MaterialDesignT.TABLE_EDIT;
    public static final Ikon MIGRATE = MaterialDesignD.DATABASE_ARROW_RIGHT;
    public static final Ikon REPORTS = MaterialDesignF.FILE_DOCUMENT_OUTLINE;
    public static final Ikon PATTERNS = MaterialDesignC.CHART_TIMELINE_VARIANT;
    public static final Ikon TABLE = MaterialDesignT.TABLE;
    public static final Ikon VIEW = MaterialDesignT.TABLE_EYE;
    public static final Ikon COLUMN = MaterialDesignV.VIEW_COLUMN;
    public static final Ikon KEY = MaterialDesignK.KEY_VARIANT;
    public static final Ikon INDEX = MaterialDesignF.FORMAT_LIST_NUMBERED;
    public static final Ikon LINK = MaterialDesignL.LINK_VARIANT;
    public static final Ikon COPY = MaterialDesignC.CONTENT_COPY;
    public static final Ikon SAVE = MaterialDesignC.CONTENT_SAVE_OUTLINE;
    public static final Ikon CREATE = MaterialDesignC.CLOUD_UPLOAD_OUTLINE;
    public static final Ikon REFRESH = MaterialDesignR.REFRESH;
    public static final Ikon THEME = MaterialDesignT.THEME_LIGHT_DARK;
    public static final Ikon PLAY = MaterialDesignP.PLAY_CIRCLE_OUTLINE;
    public static final Ikon STOP = MaterialDesignE.EJECT_OUTLINE;
    public static final Ikon CODE_FORMAT = MaterialDesignF.FORMAT_ALIGN_LEFT;
    public static final Ikon PREVIEW = MaterialDesignE.EYE_OUTLINE;
    public static final Ikon OPEN = MaterialDesignF.FOLDER_OPEN_OUTLINE;
    public static final Ikon ADD = MaterialDesignP.PLUS;
    public static final Ikon ABOUT = MaterialDesignI.INFORMATION_OUTLINE;
    public static final Ikon HELP = MaterialDesignH.HELP_CIRCLE_OUTLINE;
    public static final Ikon READ_ONLY = MaterialDesignL.LOCK_OUTLINE;
    public static final Ikon WRITES = MaterialDesignP.PENCIL_OUTLINE;

    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return new FontIcon(ikon);
    }
}
