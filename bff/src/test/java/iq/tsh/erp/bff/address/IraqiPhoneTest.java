package iq.tsh.erp.bff.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IraqiPhoneTest {

    @ParameterizedTest
    @ValueSource(strings = {"+9647701234567", "07701234567", "0770 123 4567", "+964 770-123-4567", "009647701234567",
            "(0770) 123.4567", "٠٧٧٠١٢٣٤٥٦٧", "\u200e+964 770 123 4567"})
    void normalisesTheWaysCustomersTypeAMobileNumber(String typed) {
        assertThat(IraqiPhone.normalise(typed)).contains("+9647701234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7701234567", "+964770123456", "+96477012345678", "0770123456", "+9641234567890",
            "01234567890", "+9647701234567x", "hello", "+4915112345678", "964 7701234567"})
    void refusesWhatIsNotAnIraqiMobileNumber(String typed) {
        assertThat(IraqiPhone.normalise(typed)).isEmpty();
    }
}
