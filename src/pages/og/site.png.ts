import type { APIRoute } from "astro";
import { SITE_CARD } from "../../lib/formats/share-card";
import { shareImageResponse } from "../../lib/formats/share-image";

export const GET: APIRoute = async () => shareImageResponse(SITE_CARD);
