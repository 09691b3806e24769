import { NotFoundMessage } from "@/components/shell/status/NotFoundMessage";

export default NotFoundMessage;
