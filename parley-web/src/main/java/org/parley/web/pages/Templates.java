package org.parley.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The JTE templates of {@code src/main/jte}, compiled at build time. Thread-safe. */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} (e.g. {@code group.jte}) with the page and the page's own view. */
    String render(String name, Page page, Object view) {
        StringOutput output = new StringOutput();
        engine.render(name, view == null ? Map.of("page", page) : Map.of("page", page, "view", view), output);
        return output.toString();
    }
}
