import { defineMiddleware } from "astro:middleware";
import { typographicQuotes } from "./lib/views/typographic-quotes";

/** Every page's text with typographic quotes, wherever its words come from (src/lib/views/typographic-quotes.ts). */
export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  return new Response(typographicQuotes(await response.text()), response);
});
