import type { APIRoute, GetStaticPaths } from "astro";
import { BRAND_FILES } from "../../brand";

/** The brand's stylesheet, font files and logo (src/brand.ts), each at /brand/<name>. */
export const getStaticPaths = (() =>
  BRAND_FILES.map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

type Props = { file: (typeof BRAND_FILES)[number] };

export const GET: APIRoute<Props> = async ({ props: { file } }) =>
  new Response(await file.body(), { headers: { "Content-Type": file.type } });
