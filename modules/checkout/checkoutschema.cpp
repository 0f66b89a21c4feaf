// Schema "checkout": sales, their lines and tenders (append-only: a void or a refund is a new row).
#include "checkoutmodule.h"

#include "core/sqldialect.h"

namespace qtill::checkout {

Schema CheckoutModule::schema()
{
    const QStringList tables{
        QStringLiteral("CREATE TABLE sales ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " register_id TEXT NOT NULL,"
                       " receipt_number TEXT NOT NULL UNIQUE,"
                       " business_date TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " operator_id INTEGER NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " gross INTEGER NOT NULL,"
                       " discount INTEGER NOT NULL,"
                       " order_discount INTEGER NOT NULL,"
                       " order_discount_reason TEXT NOT NULL,"
                       " rounding INTEGER NOT NULL,"
                       " total INTEGER NOT NULL,"
                       " tax INTEGER NOT NULL,"
                       " tendered INTEGER NOT NULL,"
                       " change_given INTEGER NOT NULL,"
                       " location_id INTEGER NOT NULL REFERENCES locations (id),"
                       " journal_seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX sales_day ON sales (register_id, business_date)"),
        QStringLiteral("CREATE INDEX sales_at ON sales (at)"),
        QStringLiteral("CREATE TABLE sale_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " sale_id INTEGER NOT NULL REFERENCES sales (id),"
                       " line_no INTEGER NOT NULL,"
                       " line_uuid TEXT NOT NULL,"
                       " product_id INTEGER NOT NULL REFERENCES products (id),"
                       " sku TEXT NOT NULL,"
                       " name TEXT NOT NULL,"
                       " code TEXT NOT NULL,"
                       " quantity INTEGER NOT NULL,"
                       " list_price INTEGER NOT NULL,"
                       " unit_price INTEGER NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " line_discount INTEGER NOT NULL,"
                       " order_discount_share INTEGER NOT NULL,"
                       " net INTEGER NOT NULL,"
                       " discount_reason TEXT NOT NULL,"
                       " price_reason TEXT NOT NULL,"
                       " approver_id INTEGER,"
                       " tax_class TEXT NOT NULL,"
                       " tax_rate_bp INTEGER NOT NULL,"
                       " tax INTEGER NOT NULL,"
                       " serial_number TEXT NOT NULL,"
                       " UNIQUE (sale_id, line_no))"),
        QStringLiteral("CREATE INDEX sale_lines_product ON sale_lines (product_id)"),
        QStringLiteral("CREATE TABLE sale_tenders ("
                       " id INTEGER PRIMARY KEY,"
                       " sale_id INTEGER NOT NULL REFERENCES sales (id),"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " line_no INTEGER NOT NULL,"
                       " type TEXT NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " tendered INTEGER NOT NULL,"
                       " reference TEXT NOT NULL,"
                       " approval_code TEXT NOT NULL,"
                       " masked_card TEXT NOT NULL,"
                       " wallet TEXT NOT NULL,"
                       " UNIQUE (sale_id, line_no))"),
        // A sale undone on its own business day (撤销): one row per sale, never an edit of the sale.
        QStringLiteral("CREATE TABLE sale_voids ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " sale_id INTEGER NOT NULL UNIQUE REFERENCES sales (id),"
                       " register_id TEXT NOT NULL,"
                       " business_date TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " operator_id INTEGER NOT NULL,"
                       " approver_id INTEGER,"
                       " reason TEXT NOT NULL,"
                       " journal_seq INTEGER NOT NULL)"),
        // Goods taken back (退货): the refund, what came back per sale line, and how the money went back.
        QStringLiteral("CREATE TABLE refunds ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " number TEXT NOT NULL UNIQUE,"
                       " sale_id INTEGER NOT NULL REFERENCES sales (id),"
                       " register_id TEXT NOT NULL,"
                       " business_date TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " operator_id INTEGER NOT NULL,"
                       " approver_id INTEGER,"
                       " reason TEXT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " goods INTEGER NOT NULL,"
                       " rounding INTEGER NOT NULL,"
                       " total INTEGER NOT NULL,"
                       " journal_seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX refunds_sale ON refunds (sale_id)"),
        QStringLiteral("CREATE TABLE refund_lines ("
                       " id INTEGER PRIMARY KEY,"
                       " refund_id INTEGER NOT NULL REFERENCES refunds (id),"
                       " line_no INTEGER NOT NULL,"
                       " quantity INTEGER NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " restock INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE refund_tenders ("
                       " id INTEGER PRIMARY KEY,"
                       " refund_id INTEGER NOT NULL REFERENCES refunds (id),"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL,"
                       " amount INTEGER NOT NULL)"),
        // Cash in and out of the drawer other than sales (CashService): floats, paid in/out, no-sale.
        QStringLiteral("CREATE TABLE cash_movements ("
                       " id INTEGER PRIMARY KEY,"
                       " uuid TEXT NOT NULL UNIQUE,"
                       " kind TEXT NOT NULL,"
                       " register_id TEXT NOT NULL,"
                       " business_date TEXT NOT NULL,"
                       " at TEXT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " operator_id INTEGER NOT NULL,"
                       " approver_id INTEGER,"
                       " reason TEXT NOT NULL,"
                       " journal_seq INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX cash_movements_day ON cash_movements (register_id, business_date)"),
        // The tickets in progress (open: the one on the screen; held: parked, 挂单), saved as they change so a
        // crash or a power cut brings them back. Not append-only: a ticket changes until it is paid.
        QStringLiteral("CREATE TABLE carts ("
                       " uuid TEXT PRIMARY KEY,"
                       " register_id TEXT NOT NULL,"
                       " operator_id INTEGER,"
                       " state TEXT NOT NULL,"
                       " label TEXT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX carts_one_open ON carts (register_id) WHERE state = 'open'"),
        QStringLiteral("CREATE INDEX carts_register ON carts (register_id, state, updated_at)"),
        // Payments through the terminal, written before the terminal is asked (PaymentService). The uuid is
        // the terminal's requestId and the sale tender's uuid.
        QStringLiteral("CREATE TABLE payment_intents ("
                       " uuid TEXT PRIMARY KEY,"
                       " sale_uuid TEXT NOT NULL,"
                       " register_id TEXT NOT NULL,"
                       " method TEXT NOT NULL,"
                       " currency TEXT NOT NULL,"
                       " amount INTEGER NOT NULL,"
                       " approved INTEGER NOT NULL,"
                       " state TEXT NOT NULL,"
                       " auth_code TEXT NOT NULL,"
                       " reference TEXT NOT NULL,"
                       " masked_card TEXT NOT NULL,"
                       " wallet TEXT NOT NULL,"
                       " message TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX payment_intents_sale ON payment_intents (sale_uuid)"),
        QStringLiteral("CREATE INDEX payment_intents_state ON payment_intents (state, updated_at)"),
        // The persisted print queue: a receipt waits here (ESC/POS bytes, base64) until the printer took
        // it, so a printer out of paper or offline never loses one, across restarts. Not append-only.
        QStringLiteral("CREATE TABLE print_jobs ("
                       " id INTEGER PRIMARY KEY,"
                       " job_uuid TEXT NOT NULL UNIQUE,"
                       " register_id TEXT NOT NULL,"
                       " receipt_number TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " copies INTEGER NOT NULL,"
                       " paper TEXT NOT NULL,"
                       " payload TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL,"
                       " last_error TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX print_jobs_waiting ON print_jobs (register_id, state, id)"),
    };
    Migration v1{1, QStringLiteral("sales, sale lines and tenders (append-only), tickets in progress"), {}};
    v1.build = [tables](const SqlDialect &dialect) {
        QStringList out = tables;
        for (const char *table : {"sales", "sale_lines", "sale_tenders", "sale_voids", "refunds", "refund_lines", "refund_tenders",
                                  "cash_movements"})
            out += dialect.appendOnly(QLatin1String(table));
        return out;
    };
    // Refunds back to the card, QR or face payment through the terminal (RefundService, PaymentService):
    // the approval code an intent got, which sale tender a refund tender went back to, and the refund
    // intents, written (with the request they finish) before the terminal is asked.
    Migration v2{2, QStringLiteral("refunds through the terminal: refund intents, approval codes"),
        {QStringLiteral("ALTER TABLE payment_intents ADD COLUMN approval_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE refund_tenders ADD COLUMN sale_tender_uuid TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE refund_tenders ADD COLUMN reference TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE refund_tenders ADD COLUMN approval_code TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE refund_tenders ADD COLUMN masked_card TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE refund_tenders ADD COLUMN wallet TEXT NOT NULL DEFAULT ''"),
            // One refund not yet booked: what RefundService needs to book it once the terminal said yes.
            QStringLiteral("CREATE TABLE refund_requests ("
                           " refund_uuid TEXT PRIMARY KEY,"
                           " sale_uuid TEXT NOT NULL,"
                           " register_id TEXT NOT NULL,"
                           " operator_id INTEGER NOT NULL,"
                           " requested_by INTEGER,"
                           " to_cash INTEGER NOT NULL,"
                           " payload TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX refund_requests_sale ON refund_requests (sale_uuid)"),
            // One part of a refund going back through the terminal; the uuid is the terminal's requestId
            // and the refund tender's uuid once booked.
            QStringLiteral("CREATE TABLE refund_intents ("
                           " uuid TEXT PRIMARY KEY,"
                           " refund_uuid TEXT NOT NULL,"
                           " sale_tender_uuid TEXT NOT NULL,"
                           " register_id TEXT NOT NULL,"
                           " method TEXT NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " amount INTEGER NOT NULL,"
                           " original_reference TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " reference TEXT NOT NULL,"
                           " approval_code TEXT NOT NULL,"
                           " masked_card TEXT NOT NULL,"
                           " wallet TEXT NOT NULL,"
                           " message TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX refund_intents_refund ON refund_intents (refund_uuid)"),
            QStringLiteral("CREATE INDEX refund_intents_state ON refund_intents (state)")}};
    // Promotions and coupons on a sale (PricingStep): each line's share, and the discounts with why.
    Migration v3{3, QStringLiteral("promotions and coupons on sales: each line's share, the discounts with why"), {}};
    v3.build = [](const SqlDialect &dialect) {
        QStringList out{
            QStringLiteral("ALTER TABLE sale_lines ADD COLUMN promotion_discount INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE sale_discounts ("
                           " id INTEGER PRIMARY KEY,"
                           " sale_id INTEGER NOT NULL REFERENCES sales (id),"
                           " seq INTEGER NOT NULL,"
                           " source TEXT NOT NULL,"
                           " rule_id TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " amount INTEGER NOT NULL,"
                           " explanation TEXT NOT NULL,"
                           " UNIQUE (sale_id, seq))")};
        out += dialect.appendOnly(QStringLiteral("sale_discounts"));
        return out;
    };
    return Schema{QStringLiteral("checkout"), {v1, v2, v3}};
}

} // namespace qtill::checkout
