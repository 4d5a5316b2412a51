/** Small value types used by messages of several features (money, decimals, sync outcomes). */
package iq.tsh.erp.api.common;
