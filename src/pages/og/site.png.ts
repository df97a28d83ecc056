import type { APIRoute } from "astro";
import { SITE_CARD } from "../../lib/share-card";
import { shareImageResponse } from "../../lib/share-image";

export const GET: APIRoute = async () => shareImageResponse(SITE_CARD);
