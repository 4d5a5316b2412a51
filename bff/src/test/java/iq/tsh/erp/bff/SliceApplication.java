package iq.tsh.erp.bff;

import iq.tsh.erp.web.Problems;
import iq.tsh.erp.web.StorableBodies;
import iq.tsh.erp.web.WebInputRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The configuration web slices of the mobile endpoints start from, with the rules and advice every edge shares. */
@SpringBootApplication
@Import({Problems.class, StorableBodies.class, WebInputRules.class})
public class SliceApplication {
}
