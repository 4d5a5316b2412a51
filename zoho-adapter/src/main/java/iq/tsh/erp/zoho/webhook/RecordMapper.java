package iq.tsh.erp.zoho.webhook;

import iq.tsh.erp.zoho.parse.ZohoRecord;
import java.util.List;

/** Turns one Zoho record of a kind into the commands it means; throws when a field is unusable. */
public interface RecordMapper {

    WebhookKind kind();

    /** The commands, in the order they must be sent; every unusable field is reported at once. */
    List<RecordCommand> commands(ZohoRecord record, DeliveryEvent event);
}
