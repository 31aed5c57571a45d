package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterType;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every step is documented, its example is written in the vocabulary, and docs/steps.md shows what the code says. */
class StepCatalogueTest {

    private final List<Class<?>> glue = StepCatalogue.glueClasses();
    private final List<StepCatalogue.Step> steps = StepCatalogue.steps(glue);

    /** The expressions as Cucumber reads them, with the parameter types of the glue. */
    private List<Expression> expressions() {
        ParameterTypeRegistry registry = new ParameterTypeRegistry(Locale.ENGLISH);
        for (StepCatalogue.Parameter p : StepCatalogue.parameters(glue)) {
            registry.defineParameterType(new ParameterType<>(p.name(), p.regex(), String.class, (String s) -> s));
        }
        ExpressionFactory factory = new ExpressionFactory(registry);
        return steps.stream().map(s -> factory.createExpression(s.expression())).toList();
    }

    @Test
    void theGlueIsFound() {
        assertTrue(glue.contains(WireSteps.class) && glue.contains(MatchSteps.class) && glue.contains(StepParameters.class), glue.toString());
        // The wire vocabulary; the message-layer and URI steps check the embedded stack's own parser, without a device.
        long wire = steps.stream().filter(s -> s.doc() != null && s.doc().group() != StepGroup.MESSAGE && s.doc().group() != StepGroup.URI).count();
        // Calls and dialogs (§12 to §15), the UAC and UAS roles, proxies (§16) and robustness took it from about 36 to 65;
        // merging the steps that did the same with other words (one 'answers with ... containing:', one CSeq check, one
        // filtered receive fewer) brought it to 61: one step per intent. Calls without an offer (§13.2.1, §14.2), the
        // §18.2.2 answer to the sent-by port and the checks of ACKs against the offer and the INVITE took it to 66.
        assertTrue(wire >= 25 && wire <= 70, "a closed vocabulary of about 25 to 70 steps on the wire: " + wire);
    }

    @Test
    void everyStepHasADoc() {
        for (StepCatalogue.Step s : steps) {
            if (s.doc() == null) {
                fail("step \"" + s.expression() + "\" (" + s.method().getDeclaringClass().getSimpleName() + "." + s.method().getName()
                        + ") has no @StepDoc: add its group, summary and one example");
            }
        }
    }

    @Test
    void eachExampleMatchesItsStepAndNoOther() {
        List<Expression> expressions = expressions();
        for (int i = 0; i < steps.size(); i++) {
            StepCatalogue.Step s = steps.get(i);
            if (s.doc() == null) {
                continue;
            }
            String example = s.doc().example();
            List<String> matching = new ArrayList<>();
            for (int j = 0; j < steps.size(); j++) {
                if (expressions.get(j).match(example) != null) {
                    matching.add(steps.get(j).expression());
                }
            }
            assertEquals(List.of(s.expression()), matching, "the example \"" + example + "\" of step \"" + s.expression()
                    + "\" must match that step and only it");
        }
    }

    @Test
    void everyParameterTypeIsDocumentedAndItsExamplesMatchIt() {
        for (StepCatalogue.Parameter p : StepCatalogue.parameters(glue)) {
            assertNotNull(p.doc(), "parameter type {" + p.name() + "} has no @ParameterDoc");
            for (String example : p.doc().examples().split(", ")) {
                assertTrue(Pattern.compile(p.regex()).matcher(example).matches(), "{" + p.name() + "}: example \"" + example + "\"");
            }
        }
    }

    @Test
    void theCatalogueIsUpToDate() throws IOException {
        Path file = StepCatalogue.defaultFile();
        String generated = StepCatalogue.markdown(steps, StepCatalogue.parameters(glue));
        if (Boolean.getBoolean("sipspec.catalogue.write")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String written = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!written.equals(generated)) {
            fail(file.toAbsolutePath().normalize() + " is out of date: run " + StepCatalogue.REGENERATE);
        }
    }

    @Test
    void theCatalogueShowsEachStepWithItsExample() {
        String md = StepCatalogue.markdown(steps, StepCatalogue.parameters(glue));
        for (StepCatalogue.Step s : steps) {
            assertTrue(md.contains("### `" + s.expression() + "`"), s.expression());
            assertTrue(md.contains(s.keyword() + " " + s.doc().example() + "\n"), s.doc().example());
        }
        assertTrue(md.contains("| `{duration}` |"), "parameter types are listed");
    }
}
