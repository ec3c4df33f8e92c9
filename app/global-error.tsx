"use client";
// A failure of the root layout itself: it replaces the layout, so neither the messages nor the styles it loads are
// here; the text is in both languages. The reference is the one instrumentation.ts logged (see app/error.tsx).
import { useState } from "react";
import { errorReference } from "@/lib/errors";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const [reference] = useState(() => errorReference(error));
  return (
    <html lang="vi">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "2rem", maxWidth: "40rem" }}>
        <main role="alert">
          <h1>Đã có lỗi xảy ra · Something went wrong</h1>
          <p>Hệ thống chưa xử lý được yêu cầu. Nếu lỗi còn, báo quản trị viên mã tham chiếu: <strong>{reference}</strong>.</p>
          <p lang="en">The request could not be completed. If it keeps failing, give your administrator this reference: <strong>{reference}</strong>.</p>
          <button type="button" onClick={retry}>Thử lại · Try again</button>
        </main>
      </body>
    </html>
  );
}
