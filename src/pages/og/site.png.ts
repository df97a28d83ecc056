import type { APIRoute } from "astro";
import { SITE_CARD } from "../../lib/publish/share-card";
import { shareImageResponse } from "../../lib/publish/share-image";

export const GET: APIRoute = async () => shareImageResponse(SITE_CARD);
