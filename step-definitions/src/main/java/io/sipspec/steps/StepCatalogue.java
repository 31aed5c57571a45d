package io.sipspec.steps;

import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.java.ParameterType;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue of the step vocabulary, {@code docs/steps.md}, generated from the glue classes of this package: each
 * step's expression, its {@link StepDoc} summary and example, grouped by {@link StepGroup}, and the parameter types.
 *
 * <p>Run {@code main} (argument: the file to write, default {@code docs/steps.md} of the project), or the unit test
 * {@code StepCatalogueTest} with {@code -Dsipspec.catalogue.write=true}.
 */
public final class StepCatalogue {

    /** The package scanned for glue classes. */
    public static final String GLUE = "io.sipspec.steps";

    /** How the unit test that checks the catalogue regenerates it; named in its failure message. */
    public static final String REGENERATE = "mvn -o -q -B -pl step-definitions -am test -Dtest=StepCatalogueTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dsipspec.catalogue.write=true";

    /**
     * One step definition.
     *
     * @param keyword    Given, When or Then, as annotated
     * @param expression the Cucumber expression
     * @param doc        its documentation, or null when the method has none (the unit test fails on that)
     * @param method     the step method
     */
    public record Step(String keyword, String expression, StepDoc doc, Method method) {
    }

    /**
     * A parameter type of the vocabulary.
     *
     * @param name  as written in expressions, e.g. {@code duration}
     * @param regex what it matches
     * @param doc   its documentation, or null
     */
    public record Parameter(String name, String regex, ParameterDoc doc) {
    }

    /** Within a section, steps are listed as a scenario uses them: Given, then When, then Then; then by expression. */
    private static final List<String> KEYWORDS = List.of("Given", "When", "Then", "And", "But");

    private StepCatalogue() {
    }

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : defaultFile();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(steps(glueClasses()), parameters(glueClasses())), StandardCharsets.UTF_8);
    }

    /** {@code docs/steps.md} of the project, from the project folder or from a module folder. */
    public static Path defaultFile() {
        Path here = Path.of("docs");
        return Files.isDirectory(here) ? here.resolve("steps.md") : Path.of("..", "docs", "steps.md");
    }

    /** The classes of {@link #GLUE} that define steps or parameter types, by name. */
    public static List<Class<?>> glueClasses() {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : new ClasspathScanner(StepCatalogue.class::getClassLoader).scanForClassesInPackage(GLUE)) {
            if (!steps(List.of(c)).isEmpty() || !parameters(List.of(c)).isEmpty()) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    /** The step definitions of {@code glue}, in class then method-name order. */
    public static List<Step> steps(List<Class<?>> glue) {
        List<Step> out = new ArrayList<>();
        for (Class<?> c : glue) {
            List<Method> methods = new ArrayList<>(List.of(c.getDeclaredMethods()));
            methods.sort(Comparator.comparing(Method::getName));
            for (Method m : methods) {
                for (Annotation a : m.getAnnotations()) {
                    String expression = expression(a);
                    if (expression != null) {
                        out.add(new Step(a.annotationType().getSimpleName(), expression, m.getAnnotation(StepDoc.class), m));
                    }
                }
            }
        }
        return out;
    }

    /** The {@link ParameterType}s of {@code glue}, by name. */
    public static List<Parameter> parameters(List<Class<?>> glue) {
        Map<String, Parameter> out = new TreeMap<>();
        for (Class<?> c : glue) {
            for (Method m : c.getDeclaredMethods()) {
                ParameterType p = m.getAnnotation(ParameterType.class);
                if (p != null) {
                    String name = p.name().isEmpty() ? m.getName() : p.name();
                    out.put(name, new Parameter(name, p.value(), m.getAnnotation(ParameterDoc.class)));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The expression of a Cucumber step annotation (io.cucumber.java.en), or null for any other annotation. */
    private static String expression(Annotation a) {
        Class<? extends Annotation> type = a.annotationType();
        if (!type.getPackageName().equals("io.cucumber.java.en")) {
            return null;
        }
        try {
            return (String) type.getMethod("value").invoke(a);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the expression of " + a, e);
        }
    }

    /** The catalogue: the steps by group, each with its summary and example, then the parameter types. */
    public static String markdown(List<Step> steps, List<Parameter> parameters) {
        StringBuilder out = new StringBuilder();
        out.append("# Step catalogue\n\n")
                .append("<!-- Generated by io.sipspec.steps.StepCatalogue from the @StepDoc annotations: do not edit. Regenerate with\n     ")
                .append(REGENERATE).append(" -->\n\n")
                .append("The closed vocabulary in which the features of `features/` are written: ").append(steps.size())
                .append(" steps. QA engineers combine them; they write no Java. A \"receives\" step takes a message that no earlier\n")
                .append("step took and makes it \"it\" for the steps that follow. Every wait is bounded; a failure names the step,\n")
                .append("what was expected and the last message seen.\n\n")
                .append("Templates (doc strings and files of `features/templates/`) end lines with CRLF and replace variables:\n")
                .append("`${branch}` (fresh per message), `${call-id}` and `${tag}` (one per scenario), `${local}` and `${sut}`\n")
                .append("(host:port of the peer and of the device; also `.host`, `.port`), `${transport}`, `${len}` (body length),\n")
                .append("`${sp}` `${tab}` `${cr}` `${lf}` `${crlf}` `${nul}`, and any value stored by a Store step.\n");
        for (StepGroup g : StepGroup.values()) {
            List<Step> inGroup = steps.stream().filter(s -> s.doc() != null && s.doc().group() == g)
                    .sorted(Comparator.comparing((Step s) -> KEYWORDS.indexOf(s.keyword())).thenComparing(Step::expression)).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            out.append("\n## ").append(g.title()).append("\n\n").append(capitalized(g.description())).append(".\n");
            for (Step s : inGroup) {
                out.append("\n### `").append(s.expression()).append("`\n\n").append(s.doc().summary()).append("\n\n```gherkin\n")
                        .append(s.keyword()).append(' ').append(s.doc().example()).append('\n');
                if (!s.doc().docString().isEmpty()) {
                    out.append("  \"\"\"\n");
                    for (String line : s.doc().docString().split("\n", -1)) {
                        out.append("  ").append(line).append('\n');
                    }
                    out.append("  \"\"\"\n");
                }
                out.append("```\n");
            }
        }
        List<Step> undocumented = steps.stream().filter(s -> s.doc() == null).toList();
        if (!undocumented.isEmpty()) {
            out.append("\n## Undocumented\n\n");
            for (Step s : undocumented) {
                out.append("- `").append(s.expression()).append("`\n");
            }
        }
        out.append("\n## Parameter types\n\nBesides Cucumber's `{int}`, `{word}` and `{string}` (in double or single quotes):\n\n")
                .append("| Parameter | Means | Written as | Regular expression |\n|---|---|---|---|\n");
        for (Parameter p : parameters) {
            out.append("| `{").append(p.name()).append("}` | ").append(p.doc() == null ? "" : p.doc().summary()).append(" | ")
                    .append(p.doc() == null ? "" : p.doc().examples()).append(" | `").append(p.regex().replace("|", "\\|"))
                    .append("` |\n");
        }
        return out.toString();
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
