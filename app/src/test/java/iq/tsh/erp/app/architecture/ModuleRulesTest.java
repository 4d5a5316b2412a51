package iq.tsh.erp.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The module rules of DESIGN.md: the sides meet only through the api messages and Axon's gateways; api holds no
 * framework beyond Axon's routing annotations and Jackson's; app only assembles. Each side's rule names every other
 * module, so a new module has to be placed here before it can be used.
 */
@AnalyzeClasses(packages = "iq.tsh.erp", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    private static final String API = "iq.tsh.erp.api..";
    private static final String COMMAND = "iq.tsh.erp.command..";
    private static final String QUERY = "iq.tsh.erp.query..";
    private static final String ZOHO = "iq.tsh.erp.zoho..";
    private static final String BFF = "iq.tsh.erp.bff..";
    private static final String OPS = "iq.tsh.erp.ops..";
    private static final String AUDIT = "iq.tsh.erp.audit..";
    private static final String APP = "iq.tsh.erp.app..";
    private static final String WEB = "iq.tsh.erp.web..";

    @ArchTest
    static final ArchRule apiDependsOnNoSide = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, ZOHO, BFF, OPS, AUDIT, APP, WEB);

    /** The web pieces every edge shares know only the api messages, never an edge or a side. */
    @ArchTest
    static final ArchRule webKnowsOnlyApi = knowsOnlyApi(WEB);

    /** The sides behind the edges answer no HTTP: they never use the edges' web pieces. */
    @ArchTest
    static final ArchRule sidesDoNotUseWeb = noClasses().that().resideInAnyPackage(COMMAND, QUERY)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule apiHasNoSpringOrJpa = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                    "org.hibernate..");

    @ArchTest
    static final ArchRule commandSideKnowsOnlyApi = knowsOnlyApi(COMMAND);

    @ArchTest
    static final ArchRule querySideKnowsOnlyApi = knowsOnlyApi(QUERY);

    @ArchTest
    static final ArchRule zohoAdapterKnowsOnlyApi = knowsOnlyApi(ZOHO);

    @ArchTest
    static final ArchRule bffKnowsOnlyApi = knowsOnlyApi(BFF);

    /** Ops watch and steer the workers through Axon and the tables, never through another side's classes. */
    @ArchTest
    static final ArchRule opsKnowsOnlyApi = knowsOnlyApi(OPS);

    /** Auditors read the event store and the inbox as stored, never through another side's classes. */
    @ArchTest
    static final ArchRule auditKnowsOnlyApi = knowsOnlyApi(AUDIT);

    @ArchTest
    static final ArchRule aggregatesReadNoClock = noClasses().that().resideInAPackage(COMMAND)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.util.UUID.class, "randomUUID");

    /**
     * Read models are plain JDBC, like everything else that touches the database (docs/read-models.md). Hibernate
     * Validator is Bean Validation, not the ORM, and stays allowed.
     */
    @ArchTest
    static final ArchRule nothingUsesJpa = noClasses()
            .should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                    .and(not(resideInAPackage("org.hibernate.validator.."))));

    private static ArchRule knowsOnlyApi(String side) {
        // Edges (zoho, bff, ops, audit) and app may use web; web and the sides may not (see the rules above).
        List<String> others = new ArrayList<>(List.of(COMMAND, QUERY, ZOHO, BFF, OPS, AUDIT, APP));
        others.remove(side);
        return noClasses().that().resideInAPackage(side)
                .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new));
    }
}
