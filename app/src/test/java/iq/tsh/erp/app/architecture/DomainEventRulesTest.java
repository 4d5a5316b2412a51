package iq.tsh.erp.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import iq.tsh.erp.api.DomainEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Every api event an aggregate stores or a projection handles is a {@link DomainEvent}: the audit module's FoldsTest
 * finds the events by that marker, so an event without it would escape the check that the auditors can fold it.
 */
@AnalyzeClasses(packages = "iq.tsh.erp", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainEventRulesTest {

    @ArchTest
    static final ArchRule aggregatesSourceOnlyDomainEvents = methods()
            .that().areAnnotatedWith(EventSourcingHandler.class)
            .should(takeADomainEventFirst(false));

    @ArchTest
    static final ArchRule apiEventsHandledAnywhereAreDomainEvents = methods()
            .that().areMetaAnnotatedWith(EventHandler.class)
            .should(takeADomainEventFirst(true));

    private static ArchCondition<JavaMethod> takeADomainEventFirst(boolean onlyApiTypes) {
        return new ArchCondition<>("take an api DomainEvent as first parameter") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().isEmpty()) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " handles no event"));
                    return;
                }
                JavaClass event = method.getRawParameterTypes().get(0);
                if (onlyApiTypes && !event.getPackageName().startsWith("iq.tsh.erp.api")) {
                    return;
                }
                boolean marked = event.isAssignableTo(DomainEvent.class);
                events.add(new SimpleConditionEvent(method, marked, method.getFullName() + " handles "
                        + event.getName() + (marked ? ", a DomainEvent" : ", which is not a DomainEvent")));
            }
        };
    }
}
