package io.lsql.core.log;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.lsql.core.connect.JdbcUrls;

/**
 * logback's pattern layout with every secret of a JDBC URL (userinfo password, password=, token=…)
 * shown as ***, in the message and in the stack trace alike: the last guard before the log file.
 */
public final class RedactingLayout extends PatternLayout {

    @Override
    public String doLayout(ILoggingEvent event) {
        return JdbcUrls.redact(super.doLayout(event));
    }
}
